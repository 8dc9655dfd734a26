package dev.phoenix.core.compose.internal.model;

import dev.phoenix.api.compose.BlkioConfig;
import dev.phoenix.api.compose.DependsOn;
import dev.phoenix.api.compose.DeviceMapping;
import dev.phoenix.api.compose.EnvFileRef;
import dev.phoenix.api.compose.HealthCheck;
import dev.phoenix.api.compose.Logging;
import dev.phoenix.api.compose.PortMapping;
import dev.phoenix.api.compose.ServiceConfigRef;
import dev.phoenix.api.compose.ServiceHook;
import dev.phoenix.api.compose.ServiceModelRef;
import dev.phoenix.api.compose.ServiceNetwork;
import dev.phoenix.api.compose.ServiceSecretRef;
import dev.phoenix.api.compose.Ulimit;
import java.util.Map;

/** Binds the smaller parts of a service: ports, networks, dependencies, references, limits. */
final class PartsBinder {
  private PartsBinder() {
  }

  static PortMapping port(Node node) {
    Fields f = Fields.of(node);
    Integer target = f.integer("target");
    PortMapping.Builder port = PortMapping.builder()
        .name(f.string("name"))
        .mode(f.string("mode"))
        .hostIp(f.string("host_ip"))
        .target(target == null ? 0 : target)
        .published(f.text("published"))
        .protocol(f.string("protocol"))
        .appProtocol(f.string("app_protocol"));
    port.extensions(f.extensions()).unknown(f.unknown());
    return node.build(port::build);
  }

  static ServiceNetwork network(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ServiceNetwork(f.strings("aliases"), f.stringMap("driver_opts"),
        f.integer("gw_priority"), f.string("interface_name"), f.string("ipv4_address"), f.string("ipv6_address"),
        f.strings("link_local_ips"), f.string("mac_address"), f.integer("priority"), f.extensions(), f.unknown()));
  }

  static DependsOn dependsOn(Node node) {
    Fields f = Fields.of(node);
    Node conditionNode = f.child("condition");
    DependsOn.Condition condition = DependsOn.Condition.SERVICE_STARTED;
    if (conditionNode != null) {
      condition = DependsOn.Condition.fromValue(Values.string(conditionNode));
      if (condition == null) {
        throw conditionNode.error("must be service_started, service_healthy or service_completed_successfully");
      }
    }
    DependsOn.Condition chosen = condition;
    Boolean required = f.bool("required");
    return node.build(() -> new DependsOn(chosen, f.flag("restart"), required == null || required, f.extensions(),
        f.unknown()));
  }

  static HealthCheck healthCheck(Node node) {
    Fields f = Fields.of(node);
    HealthCheck.Builder check = HealthCheck.builder()
        .test(f.strings("test"))
        .timeout(f.duration("timeout"))
        .interval(f.duration("interval"))
        .retries(f.integer("retries"))
        .startPeriod(f.duration("start_period"))
        .startInterval(f.duration("start_interval"))
        .disable(f.flag("disable"));
    check.extensions(f.extensions()).unknown(f.unknown());
    return node.build(check::build);
  }

  static Logging logging(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new Logging(f.string("driver"), f.stringMap("options"), f.extensions(), f.unknown()));
  }

  /** A ulimit: a number, or a mapping of {@code soft} and {@code hard}. */
  static Ulimit ulimit(Node node) {
    if (!(node.value() instanceof Map)) {
      return Ulimit.of(Values.int64(node));
    }
    Fields f = Fields.of(node);
    return node.build(() -> new Ulimit(null, f.int64("soft"), f.int64("hard"), f.extensions(), f.unknown()));
  }

  static DeviceMapping device(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new DeviceMapping(f.string("source"), f.string("target"), f.string("permissions"),
        f.extensions(), f.unknown()));
  }

  static ServiceSecretRef secretRef(Node node) {
    Fields f = Fields.of(node);
    String source = requiredString(f, "source");
    return node.build(() -> new ServiceSecretRef(source, f.string("target"), f.text("uid"), f.text("gid"),
        f.fileMode("mode"), f.extensions(), f.unknown()));
  }

  static ServiceConfigRef configRef(Node node) {
    Fields f = Fields.of(node);
    String source = requiredString(f, "source");
    return node.build(() -> new ServiceConfigRef(source, f.string("target"), f.text("uid"), f.text("gid"),
        f.fileMode("mode"), f.extensions(), f.unknown()));
  }

  static EnvFileRef envFile(Node node) {
    Fields f = Fields.of(node);
    String path = requiredString(f, "path");
    Boolean required = f.bool("required");
    return node.build(() -> new EnvFileRef(path, required == null || required, f.string("format"), f.extensions(),
        f.unknown()));
  }

  static ServiceHook hook(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ServiceHook(f.stringsOrNull("command"), f.string("user"), f.flag("privileged"),
        f.string("working_dir"), f.stringMapWithNulls("environment"), f.extensions(), f.unknown()));
  }

  static ServiceModelRef modelRef(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ServiceModelRef(f.string("endpoint_var"), f.string("model_var"), f.extensions(),
        f.unknown()));
  }

  static BlkioConfig blkio(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new BlkioConfig(f.integer("weight"), f.list("weight_device", PartsBinder::weightDevice),
        f.list("device_read_bps", PartsBinder::throttle), f.list("device_read_iops", PartsBinder::throttle),
        f.list("device_write_bps", PartsBinder::throttle), f.list("device_write_iops", PartsBinder::throttle),
        f.extensions(), f.unknown()));
  }

  private static BlkioConfig.WeightDevice weightDevice(Node node) {
    Fields f = Fields.of(node);
    Integer weight = f.integer("weight");
    return node.build(() -> new BlkioConfig.WeightDevice(f.string("path"), weight == null ? 0 : weight,
        f.extensions(), f.unknown()));
  }

  private static BlkioConfig.ThrottleDevice throttle(Node node) {
    Fields f = Fields.of(node);
    Long rate = f.bytes("rate");
    return node.build(() -> new BlkioConfig.ThrottleDevice(f.string("path"), rate == null ? 0 : rate,
        f.extensions(), f.unknown()));
  }

  /** A string the mapping must have. */
  static String requiredString(Fields f, String key) {
    String value = f.string(key);
    if (value == null) {
      throw f.node().error(key + " is required");
    }
    return value;
  }
}
