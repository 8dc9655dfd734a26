package dev.phoenix.api.compose;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One service of a Compose project, normalized: short syntax expanded, variables interpolated,
 * files merged, {@code env_file} and {@code label_file} already folded into {@link #environment()}
 * and {@link #labels()}, relative paths made absolute.
 *
 * <p>Every key Compose defines for a service is a typed value here: the common ones directly, the
 * resource settings in {@link #resources()} and the isolation settings in {@link #isolation()}.
 * Keys the model does not know are kept in {@link #unknown()} and {@code x-*} keys in
 * {@link #extensions()}, so writing the project out again loses nothing.
 *
 * <p>Unset values are null (single values) or empty (collections), except {@link #command()} and
 * {@link #entrypoint()}, where null keeps the image's value and an empty list clears it.
 *
 * <pre>{@code
 * ServiceSpec web = ServiceSpec.builder("web")
 *     .image("nginx:1.27")
 *     .ports(List.of(PortMapping.builder().target(80).published("8080").build()))
 *     .environment(Map.of("TZ", "UTC"))
 *     .build();
 * ServiceSpec scaled = web.toBuilder().scale(3).build();
 * }</pre>
 *
 * @param name the service's key under {@code services}
 * @param profiles the profiles that enable the service; empty means always enabled
 * @param annotations OCI annotations of the containers
 * @param attach whether {@code up} attaches to the service's output, or null for yes
 * @param build how the image is built, or null
 * @param command the command, overriding the image's {@code CMD}; null keeps the image's
 * @param configs configs made available to the containers
 * @param containerName a fixed container name, or null for {@code <project>-<service>-<n>}
 * @param dependsOn the services this one waits for, by service key
 * @param deploy the {@code deploy} section, or null
 * @param dns DNS servers
 * @param dnsOpt DNS resolver options
 * @param dnsSearch DNS search domains
 * @param domainname the container's domain name, or null
 * @param entrypoint the entrypoint, overriding the image's; null keeps the image's
 * @param environment environment variables; a null value names a variable the container inherits unset
 * @param envFiles the env files the environment was read from
 * @param expose ports exposed to other containers only ({@code 3000}, {@code 8000-8010/udp})
 * @param externalLinks links to containers outside the project
 * @param extraHosts extra {@code /etc/hosts} entries, as {@code host=ip}
 * @param hostname the container's host name, or null
 * @param healthcheck the health check, or null for the image's
 * @param image the image reference, or null when only built
 * @param init whether an init process reaps zombies, or null for the engine's default
 * @param labels labels of the containers
 * @param labelFiles the label files the labels were read from
 * @param links legacy links ({@code db}, {@code db:database})
 * @param logging the log driver, or null for the engine's default
 * @param macAddress the container's MAC address, or null
 * @param models AI models used, by model key; a null value means no options
 * @param networkMode {@code bridge}, {@code host}, {@code none}, {@code service:x} or {@code container:id}, or
 *     null
 * @param networks networks joined, by network key; a null value means no options
 * @param platform the image platform ({@code linux/arm64}), or null
 * @param ports published ports
 * @param pullPolicy {@code always}, {@code never}, {@code missing}, {@code build}, {@code daily}..., or null
 * @param restart {@code no}, {@code always}, {@code on-failure[:n]} or {@code unless-stopped}, or null
 * @param scale how many containers, or null for {@code deploy.replicas} or one
 * @param secrets secrets made available to the containers
 * @param stdinOpen whether standard input stays open ({@code docker run -i})
 * @param stopGracePeriod how long {@code stop} waits before killing, or null for 10 seconds
 * @param stopSignal the signal that stops the containers, or null for the image's
 * @param tmpfs tmpfs mounts ({@code /run}, {@code /cache:size=64m})
 * @param tty whether a TTY is allocated
 * @param user the user (and group) the process runs as, or null for the image's
 * @param volumes mounts
 * @param volumesFrom services or containers whose volumes are mounted too
 * @param workingDir the working directory, or null for the image's
 * @param postStart commands run after each container starts
 * @param preStop commands run before each container stops
 * @param resources CPU, memory, device and other resource settings; never null
 * @param isolation namespace, capability and privilege settings; never null
 * @param extensions the {@code x-*} keys of the service
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceSpec(
    String name,
    List<String> profiles,
    Map<String, String> annotations,
    Boolean attach,
    BuildSpec build,
    List<String> command,
    List<ServiceConfigRef> configs,
    String containerName,
    Map<String, DependsOn> dependsOn,
    DeploySpec deploy,
    List<String> dns,
    List<String> dnsOpt,
    List<String> dnsSearch,
    String domainname,
    List<String> entrypoint,
    Map<String, String> environment,
    List<EnvFileRef> envFiles,
    List<String> expose,
    List<String> externalLinks,
    List<String> extraHosts,
    String hostname,
    HealthCheck healthcheck,
    String image,
    Boolean init,
    Map<String, String> labels,
    List<String> labelFiles,
    List<String> links,
    Logging logging,
    String macAddress,
    Map<String, ServiceModelRef> models,
    String networkMode,
    Map<String, ServiceNetwork> networks,
    String platform,
    List<PortMapping> ports,
    String pullPolicy,
    String restart,
    Integer scale,
    List<ServiceSecretRef> secrets,
    boolean stdinOpen,
    Duration stopGracePeriod,
    String stopSignal,
    List<String> tmpfs,
    boolean tty,
    String user,
    List<ServiceMount> volumes,
    List<String> volumesFrom,
    String workingDir,
    List<ServiceHook> postStart,
    List<ServiceHook> preStop,
    ServiceResources resources,
    ServiceIsolation isolation,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** Validates the name and numbers, and copies the collections. */
  public ServiceSpec {
    Objects.requireNonNull(name, "service name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a service name must not be empty");
    }
    Copies.requireNonNegative(scale, "scale");
    Copies.requireNonNegative(stopGracePeriod, "stop_grace_period");
    profiles = Copies.list(profiles, "profiles");
    annotations = Copies.map(annotations, "annotations");
    command = Copies.listOrNull(command, "command");
    configs = Copies.list(configs, "configs");
    dependsOn = Copies.map(dependsOn, "depends_on");
    dns = Copies.list(dns, "dns");
    dnsOpt = Copies.list(dnsOpt, "dns_opt");
    dnsSearch = Copies.list(dnsSearch, "dns_search");
    entrypoint = Copies.listOrNull(entrypoint, "entrypoint");
    environment = Copies.mapWithNulls(environment, "environment");
    envFiles = Copies.list(envFiles, "env_file");
    expose = Copies.list(expose, "expose");
    externalLinks = Copies.list(externalLinks, "external_links");
    extraHosts = Copies.list(extraHosts, "extra_hosts");
    labels = Copies.map(labels, "labels");
    labelFiles = Copies.list(labelFiles, "label_file");
    links = Copies.list(links, "links");
    models = Copies.mapWithNulls(models, "models");
    networks = Copies.mapWithNulls(networks, "networks");
    ports = Copies.list(ports, "ports");
    secrets = Copies.list(secrets, "secrets");
    tmpfs = Copies.list(tmpfs, "tmpfs");
    volumes = Copies.list(volumes, "volumes");
    volumesFrom = Copies.list(volumesFrom, "volumes_from");
    postStart = Copies.list(postStart, "post_start");
    preStop = Copies.list(preStop, "pre_stop");
    resources = resources == null ? ServiceResources.none() : resources;
    isolation = isolation == null ? ServiceIsolation.none() : isolation;
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new builder for the service {@code name}. */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /** A builder holding this service's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ServiceSpec}. */
  public static final class Builder {
    private String name;
    private List<String> profiles;
    private Map<String, String> annotations;
    private Boolean attach;
    private BuildSpec build;
    private List<String> command;
    private List<ServiceConfigRef> configs;
    private String containerName;
    private Map<String, DependsOn> dependsOn;
    private DeploySpec deploy;
    private List<String> dns;
    private List<String> dnsOpt;
    private List<String> dnsSearch;
    private String domainname;
    private List<String> entrypoint;
    private Map<String, String> environment;
    private List<EnvFileRef> envFiles;
    private List<String> expose;
    private List<String> externalLinks;
    private List<String> extraHosts;
    private String hostname;
    private HealthCheck healthcheck;
    private String image;
    private Boolean init;
    private Map<String, String> labels;
    private List<String> labelFiles;
    private List<String> links;
    private Logging logging;
    private String macAddress;
    private Map<String, ServiceModelRef> models;
    private String networkMode;
    private Map<String, ServiceNetwork> networks;
    private String platform;
    private List<PortMapping> ports;
    private String pullPolicy;
    private String restart;
    private Integer scale;
    private List<ServiceSecretRef> secrets;
    private boolean stdinOpen;
    private Duration stopGracePeriod;
    private String stopSignal;
    private List<String> tmpfs;
    private boolean tty;
    private String user;
    private List<ServiceMount> volumes;
    private List<String> volumesFrom;
    private String workingDir;
    private List<ServiceHook> postStart;
    private List<ServiceHook> preStop;
    private ServiceResources resources;
    private ServiceIsolation isolation;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder() {
    }

    private Builder(ServiceSpec from) {
      name = from.name;
      profiles = from.profiles;
      annotations = from.annotations;
      attach = from.attach;
      build = from.build;
      command = from.command;
      configs = from.configs;
      containerName = from.containerName;
      dependsOn = from.dependsOn;
      deploy = from.deploy;
      dns = from.dns;
      dnsOpt = from.dnsOpt;
      dnsSearch = from.dnsSearch;
      domainname = from.domainname;
      entrypoint = from.entrypoint;
      environment = from.environment;
      envFiles = from.envFiles;
      expose = from.expose;
      externalLinks = from.externalLinks;
      extraHosts = from.extraHosts;
      hostname = from.hostname;
      healthcheck = from.healthcheck;
      image = from.image;
      init = from.init;
      labels = from.labels;
      labelFiles = from.labelFiles;
      links = from.links;
      logging = from.logging;
      macAddress = from.macAddress;
      models = from.models;
      networkMode = from.networkMode;
      networks = from.networks;
      platform = from.platform;
      ports = from.ports;
      pullPolicy = from.pullPolicy;
      restart = from.restart;
      scale = from.scale;
      secrets = from.secrets;
      stdinOpen = from.stdinOpen;
      stopGracePeriod = from.stopGracePeriod;
      stopSignal = from.stopSignal;
      tmpfs = from.tmpfs;
      tty = from.tty;
      user = from.user;
      volumes = from.volumes;
      volumesFrom = from.volumesFrom;
      workingDir = from.workingDir;
      postStart = from.postStart;
      preStop = from.preStop;
      resources = from.resources;
      isolation = from.isolation;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link ServiceSpec#name()}. */
    public Builder name(String value) { name = value; return this; }
    /** Sets {@link ServiceSpec#profiles()}. */
    public Builder profiles(List<String> value) { profiles = value; return this; }
    /** Sets {@link ServiceSpec#annotations()}. */
    public Builder annotations(Map<String, String> value) { annotations = value; return this; }
    /** Sets {@link ServiceSpec#attach()}. */
    public Builder attach(Boolean value) { attach = value; return this; }
    /** Sets {@link ServiceSpec#build()}. */
    public Builder build(BuildSpec value) { build = value; return this; }
    /** Sets {@link ServiceSpec#command()}. */
    public Builder command(List<String> value) { command = value; return this; }
    /** Sets {@link ServiceSpec#configs()}. */
    public Builder configs(List<ServiceConfigRef> value) { configs = value; return this; }
    /** Sets {@link ServiceSpec#containerName()}. */
    public Builder containerName(String value) { containerName = value; return this; }
    /** Sets {@link ServiceSpec#dependsOn()}. */
    public Builder dependsOn(Map<String, DependsOn> value) { dependsOn = value; return this; }
    /** Sets {@link ServiceSpec#deploy()}. */
    public Builder deploy(DeploySpec value) { deploy = value; return this; }
    /** Sets {@link ServiceSpec#dns()}. */
    public Builder dns(List<String> value) { dns = value; return this; }
    /** Sets {@link ServiceSpec#dnsOpt()}. */
    public Builder dnsOpt(List<String> value) { dnsOpt = value; return this; }
    /** Sets {@link ServiceSpec#dnsSearch()}. */
    public Builder dnsSearch(List<String> value) { dnsSearch = value; return this; }
    /** Sets {@link ServiceSpec#domainname()}. */
    public Builder domainname(String value) { domainname = value; return this; }
    /** Sets {@link ServiceSpec#entrypoint()}. */
    public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
    /** Sets {@link ServiceSpec#environment()}. */
    public Builder environment(Map<String, String> value) { environment = value; return this; }
    /** Sets {@link ServiceSpec#envFiles()}. */
    public Builder envFiles(List<EnvFileRef> value) { envFiles = value; return this; }
    /** Sets {@link ServiceSpec#expose()}. */
    public Builder expose(List<String> value) { expose = value; return this; }
    /** Sets {@link ServiceSpec#externalLinks()}. */
    public Builder externalLinks(List<String> value) { externalLinks = value; return this; }
    /** Sets {@link ServiceSpec#extraHosts()}. */
    public Builder extraHosts(List<String> value) { extraHosts = value; return this; }
    /** Sets {@link ServiceSpec#hostname()}. */
    public Builder hostname(String value) { hostname = value; return this; }
    /** Sets {@link ServiceSpec#healthcheck()}. */
    public Builder healthcheck(HealthCheck value) { healthcheck = value; return this; }
    /** Sets {@link ServiceSpec#image()}. */
    public Builder image(String value) { image = value; return this; }
    /** Sets {@link ServiceSpec#init()}. */
    public Builder init(Boolean value) { init = value; return this; }
    /** Sets {@link ServiceSpec#labels()}. */
    public Builder labels(Map<String, String> value) { labels = value; return this; }
    /** Sets {@link ServiceSpec#labelFiles()}. */
    public Builder labelFiles(List<String> value) { labelFiles = value; return this; }
    /** Sets {@link ServiceSpec#links()}. */
    public Builder links(List<String> value) { links = value; return this; }
    /** Sets {@link ServiceSpec#logging()}. */
    public Builder logging(Logging value) { logging = value; return this; }
    /** Sets {@link ServiceSpec#macAddress()}. */
    public Builder macAddress(String value) { macAddress = value; return this; }
    /** Sets {@link ServiceSpec#models()}. */
    public Builder models(Map<String, ServiceModelRef> value) { models = value; return this; }
    /** Sets {@link ServiceSpec#networkMode()}. */
    public Builder networkMode(String value) { networkMode = value; return this; }
    /** Sets {@link ServiceSpec#networks()}. */
    public Builder networks(Map<String, ServiceNetwork> value) { networks = value; return this; }
    /** Sets {@link ServiceSpec#platform()}. */
    public Builder platform(String value) { platform = value; return this; }
    /** Sets {@link ServiceSpec#ports()}. */
    public Builder ports(List<PortMapping> value) { ports = value; return this; }
    /** Sets {@link ServiceSpec#pullPolicy()}. */
    public Builder pullPolicy(String value) { pullPolicy = value; return this; }
    /** Sets {@link ServiceSpec#restart()}. */
    public Builder restart(String value) { restart = value; return this; }
    /** Sets {@link ServiceSpec#scale()}. */
    public Builder scale(Integer value) { scale = value; return this; }
    /** Sets {@link ServiceSpec#secrets()}. */
    public Builder secrets(List<ServiceSecretRef> value) { secrets = value; return this; }
    /** Sets {@link ServiceSpec#stdinOpen()}. */
    public Builder stdinOpen(boolean value) { stdinOpen = value; return this; }
    /** Sets {@link ServiceSpec#stopGracePeriod()}. */
    public Builder stopGracePeriod(Duration value) { stopGracePeriod = value; return this; }
    /** Sets {@link ServiceSpec#stopSignal()}. */
    public Builder stopSignal(String value) { stopSignal = value; return this; }
    /** Sets {@link ServiceSpec#tmpfs()}. */
    public Builder tmpfs(List<String> value) { tmpfs = value; return this; }
    /** Sets {@link ServiceSpec#tty()}. */
    public Builder tty(boolean value) { tty = value; return this; }
    /** Sets {@link ServiceSpec#user()}. */
    public Builder user(String value) { user = value; return this; }
    /** Sets {@link ServiceSpec#volumes()}. */
    public Builder volumes(List<ServiceMount> value) { volumes = value; return this; }
    /** Sets {@link ServiceSpec#volumesFrom()}. */
    public Builder volumesFrom(List<String> value) { volumesFrom = value; return this; }
    /** Sets {@link ServiceSpec#workingDir()}. */
    public Builder workingDir(String value) { workingDir = value; return this; }
    /** Sets {@link ServiceSpec#postStart()}. */
    public Builder postStart(List<ServiceHook> value) { postStart = value; return this; }
    /** Sets {@link ServiceSpec#preStop()}. */
    public Builder preStop(List<ServiceHook> value) { preStop = value; return this; }
    /** Sets {@link ServiceSpec#resources()}. */
    public Builder resources(ServiceResources value) { resources = value; return this; }
    /** Sets {@link ServiceSpec#isolation()}. */
    public Builder isolation(ServiceIsolation value) { isolation = value; return this; }
    /** Sets {@link ServiceSpec#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }
    /** Sets {@link ServiceSpec#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The service; throws {@link IllegalArgumentException} for invalid values. */
    public ServiceSpec build() {
      return new ServiceSpec(name, profiles, annotations, attach, build, command, configs, containerName, dependsOn,
          deploy, dns, dnsOpt, dnsSearch, domainname, entrypoint, environment, envFiles, expose, externalLinks,
          extraHosts, hostname, healthcheck, image, init, labels, labelFiles, links, logging, macAddress, models,
          networkMode, networks, platform, ports, pullPolicy, restart, scale, secrets, stdinOpen, stopGracePeriod,
          stopSignal, tmpfs, tty, user, volumes, volumesFrom, workingDir, postStart, preStop, resources, isolation,
          extensions, unknown);
    }
  }
}
