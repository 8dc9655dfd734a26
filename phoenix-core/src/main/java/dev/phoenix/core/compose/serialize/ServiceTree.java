package dev.phoenix.core.compose.serialize;

import dev.phoenix.api.compose.ServiceIsolation;
import dev.phoenix.api.compose.ServiceResources;
import dev.phoenix.api.compose.ServiceSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ServiceSpec} as compose-go marshals a {@code ServiceConfig}: its keys in the Go
 * struct's field order, which interleaves the service's resource and isolation settings.
 */
final class ServiceTree {
  private ServiceTree() {
  }

  static Map<String, Object> service(ServiceSpec s, Flavor flavor) {
    ServiceResources r = s.resources();
    ServiceIsolation i = s.isolation();
    TreeOut out = new TreeOut(flavor);
    out.strings("profiles", s.profiles())
        .stringMap("annotations", s.annotations())
        .bool("attach", s.attach())
        .object("build", s.build(), build -> BuildTree.build(build, flavor))
        .object("blkio_config", r.blkioConfig(), blkio -> PartsTree.blkio(blkio, flavor))
        .strings("cap_add", i.capAdd())
        .strings("cap_drop", i.capDrop())
        .string("cgroup_parent", r.cgroupParent())
        .string("cgroup", i.cgroup())
        .number("cpu_count", r.cpuCount())
        .decimal("cpu_percent", r.cpuPercent())
        .number("cpu_period", r.cpuPeriod())
        .number("cpu_quota", r.cpuQuota())
        .number("cpu_rt_period", r.cpuRtPeriod())
        .number("cpu_rt_runtime", r.cpuRtRuntime())
        .decimal("cpus", r.cpus())
        .string("cpuset", r.cpuset())
        .number("cpu_shares", r.cpuShares());
    command(out, "command", s.command());
    out.list("configs", s.configs(), ref -> PartsTree.configRef(ref, flavor))
        .string("container_name", s.containerName())
        .map("depends_on", s.dependsOn(), dependency -> PartsTree.dependsOn(dependency, flavor))
        .object("deploy", s.deploy(), deploy -> DeployTree.deploy(deploy, flavor))
        .strings("device_cgroup_rules", r.deviceCgroupRules())
        .list("devices", r.devices(), device -> PartsTree.device(device, flavor))
        .strings("dns", s.dns())
        .strings("dns_opt", s.dnsOpt())
        .strings("dns_search", s.dnsSearch())
        .string("domainname", s.domainname());
    command(out, "entrypoint", s.entrypoint());
    out.stringMap("environment", s.environment())
        .list("env_file", s.envFiles(), file -> PartsTree.envFile(file, flavor))
        .strings("expose", s.expose())
        .strings("external_links", s.externalLinks())
        .strings("extra_hosts", sorted(s.extraHosts()))
        .strings("group_add", i.groupAdd())
        .list("gpus", r.gpus(), request -> DeployTree.deviceRequest(request, flavor))
        .string("hostname", s.hostname())
        .object("healthcheck", s.healthcheck(), check -> PartsTree.healthCheck(check, flavor))
        .string("image", s.image())
        .bool("init", s.init())
        .string("ipc", i.ipc())
        .string("isolation", i.isolation())
        .stringMap("labels", s.labels())
        .strings("label_file", s.labelFiles())
        .strings("links", s.links())
        .object("logging", s.logging(), logging -> PartsTree.logging(logging, flavor))
        .bytes("mem_limit", r.memLimit())
        .bytes("mem_reservation", r.memReservation())
        .bytes("memswap_limit", r.memswapLimit())
        .bytes("mem_swappiness", r.memSwappiness())
        .string("mac_address", s.macAddress())
        .map("models", s.models(), model -> PartsTree.modelRef(model, flavor))
        .string("network_mode", s.networkMode())
        .map("networks", s.networks(), network -> PartsTree.network(network, flavor))
        .flag("oom_kill_disable", r.oomKillDisable())
        .number("oom_score_adj", r.oomScoreAdj())
        .string("pid", i.pid())
        .number("pids_limit", r.pidsLimit())
        .string("platform", s.platform())
        .list("ports", s.ports(), port -> PartsTree.port(port, flavor))
        .flag("privileged", i.privileged())
        .string("pull_policy", s.pullPolicy())
        .flag("read_only", i.readOnly())
        .string("restart", s.restart())
        .string("runtime", i.runtime())
        .count("scale", s.scale())
        .list("secrets", s.secrets(), ref -> PartsTree.secretRef(ref, flavor))
        .strings("security_opt", i.securityOpt())
        .bytes("shm_size", r.shmSize())
        .flag("stdin_open", s.stdinOpen())
        .durationPointer("stop_grace_period", s.stopGracePeriod())
        .string("stop_signal", s.stopSignal())
        .stringMap("storage_opt", r.storageOpt())
        .stringMap("sysctls", i.sysctls())
        .strings("tmpfs", s.tmpfs())
        .flag("tty", s.tty())
        .map("ulimits", r.ulimits(), ulimit -> PartsTree.ulimit(ulimit, flavor))
        .flag("use_api_socket", i.useApiSocket())
        .string("user", s.user())
        .string("userns_mode", i.usernsMode())
        .string("uts", i.uts())
        .list("volumes", s.volumes(), mount -> PartsTree.mount(mount, flavor))
        .strings("volumes_from", s.volumesFrom())
        .string("working_dir", s.workingDir())
        .list("post_start", s.postStart(), hook -> PartsTree.hook(hook, flavor))
        .list("pre_stop", s.preStop(), hook -> PartsTree.hook(hook, flavor))
        .extras(s.extensions(), s.unknown());
    return out.done();
  }

  /**
   * {@code command} and {@code entrypoint}: null means "keep the image's" and an empty list "clear
   * it". go-yaml leaves out only null; encoding/json writes null too (the field has no omitempty).
   */
  static void command(TreeOut out, String key, List<String> command) {
    if (command != null) {
      out.raw(key, new ArrayList<Object>(command));
    } else if (out.flavor() == Flavor.JSON) {
      out.raw(key, null);
    }
  }

  /** compose-go prints extra hosts sorted. */
  static List<String> sorted(List<String> hosts) {
    if (hosts.size() < 2) {
      return hosts;
    }
    List<String> sorted = new ArrayList<>(hosts);
    sorted.sort(GoText.BYTE_ORDER);
    return sorted;
  }
}
