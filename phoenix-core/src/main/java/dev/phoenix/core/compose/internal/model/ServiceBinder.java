package dev.phoenix.core.compose.internal.model;

import static dev.phoenix.core.compose.internal.model.Values.Nulls.KEEP;
import static dev.phoenix.core.compose.internal.model.Values.Nulls.REJECT;

import dev.phoenix.api.compose.ServiceIsolation;
import dev.phoenix.api.compose.ServiceResources;
import dev.phoenix.api.compose.ServiceSpec;

/** Binds one service of the canonical tree to a {@link ServiceSpec}. */
final class ServiceBinder {
  private ServiceBinder() {
  }

  static ServiceSpec service(String name, Node node) {
    Fields f = Fields.of(node);
    ServiceSpec.Builder service = ServiceSpec.builder(name)
        .profiles(f.strings("profiles"))
        .annotations(f.stringMap("annotations"))
        .attach(f.bool("attach"))
        .build(f.object("build", BuildBinder::build))
        .command(f.stringsOrNull("command"))
        .configs(f.list("configs", PartsBinder::configRef))
        .containerName(f.string("container_name"))
        .dependsOn(f.map("depends_on", PartsBinder::dependsOn, REJECT))
        .deploy(f.object("deploy", DeployBinder::deploy))
        .dns(f.strings("dns"))
        .dnsOpt(f.strings("dns_opt"))
        .dnsSearch(f.strings("dns_search"))
        .domainname(f.string("domainname"))
        .entrypoint(f.stringsOrNull("entrypoint"))
        .environment(f.stringMapWithNulls("environment"))
        .envFiles(f.list("env_file", PartsBinder::envFile))
        .expose(f.strings("expose"))
        .externalLinks(f.strings("external_links"))
        .extraHosts(f.strings("extra_hosts"))
        .hostname(f.string("hostname"))
        .healthcheck(f.object("healthcheck", PartsBinder::healthCheck))
        .image(f.string("image"))
        .init(f.bool("init"))
        .labels(f.stringMap("labels"))
        .labelFiles(f.strings("label_file"))
        .links(f.strings("links"))
        .logging(f.object("logging", PartsBinder::logging))
        .macAddress(f.string("mac_address"))
        .models(f.map("models", PartsBinder::modelRef, KEEP))
        .networkMode(f.string("network_mode"))
        .networks(f.map("networks", PartsBinder::network, KEEP))
        .platform(f.string("platform"))
        .ports(f.list("ports", PartsBinder::port))
        .pullPolicy(f.string("pull_policy"))
        .restart(f.string("restart"))
        .scale(f.integer("scale"))
        .secrets(f.list("secrets", PartsBinder::secretRef))
        .stdinOpen(f.flag("stdin_open"))
        .stopGracePeriod(f.duration("stop_grace_period"))
        .stopSignal(f.string("stop_signal"))
        .tmpfs(f.strings("tmpfs"))
        .tty(f.flag("tty"))
        .user(f.string("user"))
        .volumes(f.list("volumes", MountBinder::mount))
        .volumesFrom(f.strings("volumes_from"))
        .workingDir(f.string("working_dir"))
        .postStart(f.list("post_start", PartsBinder::hook))
        .preStop(f.list("pre_stop", PartsBinder::hook))
        .resources(resources(f))
        .isolation(isolation(f));
    service.extensions(f.extensions()).unknown(f.unknown());
    return node.build(service::build);
  }

  private static ServiceResources resources(Fields f) {
    ServiceResources.Builder resources = ServiceResources.builder()
        .blkioConfig(f.object("blkio_config", PartsBinder::blkio))
        .cgroupParent(f.string("cgroup_parent"))
        .cpuCount(f.int64("cpu_count"))
        .cpuPercent(f.number("cpu_percent"))
        .cpuPeriod(f.int64("cpu_period"))
        .cpuQuota(f.int64("cpu_quota"))
        .cpuRtPeriod(f.int64("cpu_rt_period"))
        .cpuRtRuntime(f.int64("cpu_rt_runtime"))
        .cpus(f.number("cpus"))
        .cpuset(f.string("cpuset"))
        .cpuShares(f.int64("cpu_shares"))
        .deviceCgroupRules(f.strings("device_cgroup_rules"))
        .devices(f.list("devices", PartsBinder::device))
        .gpus(f.list("gpus", DeployBinder::deviceRequest))
        .memLimit(f.bytes("mem_limit"))
        .memReservation(f.bytes("mem_reservation"))
        .memswapLimit(f.bytes("memswap_limit"))
        .memSwappiness(f.bytes("mem_swappiness"))
        .oomKillDisable(f.flag("oom_kill_disable"))
        .oomScoreAdj(f.int64("oom_score_adj"))
        .pidsLimit(f.int64("pids_limit"))
        .shmSize(f.bytes("shm_size"))
        .storageOpt(f.stringMap("storage_opt"))
        .ulimits(f.map("ulimits", PartsBinder::ulimit, REJECT));
    return f.node().build(resources::build);
  }

  private static ServiceIsolation isolation(Fields f) {
    ServiceIsolation.Builder isolation = ServiceIsolation.builder()
        .capAdd(f.strings("cap_add"))
        .capDrop(f.strings("cap_drop"))
        .cgroup(f.string("cgroup"))
        .groupAdd(f.strings("group_add"))
        .ipc(f.string("ipc"))
        .isolation(f.string("isolation"))
        .pid(f.string("pid"))
        .privileged(f.flag("privileged"))
        .readOnly(f.flag("read_only"))
        .runtime(f.string("runtime"))
        .securityOpt(f.strings("security_opt"))
        .sysctls(f.stringMap("sysctls"))
        .useApiSocket(f.flag("use_api_socket"))
        .usernsMode(f.string("userns_mode"))
        .uts(f.string("uts"));
    return f.node().build(isolation::build);
  }
}
