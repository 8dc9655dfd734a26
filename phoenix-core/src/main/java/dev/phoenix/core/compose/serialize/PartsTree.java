package dev.phoenix.core.compose.serialize;

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
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceNetwork;
import dev.phoenix.api.compose.ServiceSecretRef;
import dev.phoenix.api.compose.Ulimit;
import java.util.Map;

/** Writes the smaller parts of a service in compose-go's field order. */
final class PartsTree {
  private PartsTree() {
  }

  static Map<String, Object> port(PortMapping port, Flavor flavor) {
    return new TreeOut(flavor)
        .string("name", port.name())
        .string("mode", port.mode())
        .string("host_ip", port.hostIp())
        .number("target", port.target())
        .string("published", port.published())
        .string("protocol", port.protocol())
        .string("app_protocol", port.appProtocol())
        .extras(port.extensions(), port.unknown())
        .done();
  }

  static Map<String, Object> mount(ServiceMount mount, Flavor flavor) {
    return new TreeOut(flavor)
        .string("type", mount.type().value())
        .string("source", mount.source())
        .string("target", mount.target())
        .flag("read_only", mount.readOnly())
        .string("consistency", mount.consistency())
        .object("bind", mount.bind(), bind -> new TreeOut(flavor)
            .string("selinux", bind.selinux())
            .string("propagation", bind.propagation())
            // compose-go's OptOut: only the non-default false is written
            .bool("create_host_path", bind.createHostPath() ? null : Boolean.FALSE)
            .string("recursive", bind.recursive())
            .extras(bind.extensions(), bind.unknown())
            .done())
        .object("volume", mount.volume(), volume -> new TreeOut(flavor)
            .stringMap("labels", volume.labels())
            .flag("nocopy", volume.nocopy())
            .string("subpath", volume.subpath())
            .extras(volume.extensions(), volume.unknown())
            .done())
        .object("tmpfs", mount.tmpfs(), tmpfs -> new TreeOut(flavor)
            .bytes("size", tmpfs.size())
            .number("mode", tmpfs.mode())
            .extras(tmpfs.extensions(), tmpfs.unknown())
            .done())
        .object("image", mount.image(), image -> new TreeOut(flavor)
            .string("subpath", image.subpath())
            .extras(image.extensions(), image.unknown())
            .done())
        .extras(mount.extensions(), mount.unknown())
        .done();
  }

  static Map<String, Object> network(ServiceNetwork network, Flavor flavor) {
    return new TreeOut(flavor)
        .strings("aliases", network.aliases())
        .stringMap("driver_opts", network.driverOpts())
        .number("gw_priority", network.gwPriority())
        .string("interface_name", network.interfaceName())
        .string("ipv4_address", network.ipv4Address())
        .string("ipv6_address", network.ipv6Address())
        .strings("link_local_ips", network.linkLocalIps())
        .string("mac_address", network.macAddress())
        .number("priority", network.priority())
        .extras(network.extensions(), network.unknown())
        .done();
  }

  /** compose-go writes {@code required} always, and the extensions before it. */
  static Map<String, Object> dependsOn(DependsOn dependency, Flavor flavor) {
    return new TreeOut(flavor)
        .string("condition", dependency.condition().value())
        .flag("restart", dependency.restart())
        .extensions(dependency.extensions())
        .bool("required", dependency.required())
        .extras(Map.of(), dependency.unknown())
        .done();
  }

  static Map<String, Object> healthCheck(HealthCheck check, Flavor flavor) {
    return new TreeOut(flavor)
        .strings("test", check.test())
        .durationPointer("timeout", check.timeout())
        .durationPointer("interval", check.interval())
        .count("retries", check.retries())
        .durationPointer("start_period", check.startPeriod())
        .durationPointer("start_interval", check.startInterval())
        .flag("disable", check.disable())
        .extras(check.extensions(), check.unknown())
        .done();
  }

  static Map<String, Object> logging(Logging logging, Flavor flavor) {
    return new TreeOut(flavor)
        .string("driver", logging.driver())
        .stringMap("options", logging.options())
        .extras(logging.extensions(), logging.unknown())
        .done();
  }

  /**
   * A ulimit: the single form as a number; otherwise go-yaml writes both {@code soft} and
   * {@code hard}, encoding/json only those that are not zero.
   */
  static Object ulimit(Ulimit ulimit, Flavor flavor) {
    if (ulimit.single() != null) {
      return ulimit.single();
    }
    TreeOut out = new TreeOut(flavor);
    if (flavor == Flavor.YAML) {
      out.count("soft", ulimit.effectiveSoft()).count("hard", ulimit.effectiveHard());
    } else {
      out.number("soft", ulimit.soft()).number("hard", ulimit.hard());
    }
    return out.extras(ulimit.extensions(), ulimit.unknown()).done();
  }

  static Map<String, Object> device(DeviceMapping device, Flavor flavor) {
    return new TreeOut(flavor)
        .string("source", device.source())
        .string("target", device.target())
        .string("permissions", device.permissions())
        .extras(device.extensions(), device.unknown())
        .done();
  }

  static Map<String, Object> secretRef(ServiceSecretRef ref, Flavor flavor) {
    return fileRef(new TreeOut(flavor), ref.source(), ref.target(), ref.uid(), ref.gid(), ref.mode())
        .extras(ref.extensions(), ref.unknown())
        .done();
  }

  static Map<String, Object> configRef(ServiceConfigRef ref, Flavor flavor) {
    return fileRef(new TreeOut(flavor), ref.source(), ref.target(), ref.uid(), ref.gid(), ref.mode())
        .extras(ref.extensions(), ref.unknown())
        .done();
  }

  /** compose-go writes a file mode as an octal string with a leading zero ({@code "0440"}). */
  private static TreeOut fileRef(TreeOut out, String source, String target, String uid, String gid, Integer mode) {
    return out.string("source", source)
        .string("target", target)
        .string("uid", uid)
        .string("gid", gid)
        .string("mode", mode == null ? null : "0" + Integer.toOctalString(mode));
  }

  static Map<String, Object> envFile(EnvFileRef file, Flavor flavor) {
    return new TreeOut(flavor)
        .string("path", file.path())
        .bool("required", file.required() ? null : Boolean.FALSE)
        .string("format", file.format())
        .extras(file.extensions(), file.unknown())
        .done();
  }

  static Map<String, Object> hook(ServiceHook hook, Flavor flavor) {
    TreeOut out = new TreeOut(flavor);
    ServiceTree.command(out, "command", hook.command());
    return out.string("user", hook.user())
        .flag("privileged", hook.privileged())
        .string("working_dir", hook.workingDir())
        .stringMap("environment", hook.environment())
        .extras(hook.extensions(), hook.unknown())
        .done();
  }

  static Map<String, Object> modelRef(ServiceModelRef model, Flavor flavor) {
    return new TreeOut(flavor)
        .string("endpoint_var", model.endpointVar())
        .string("model_var", model.modelVar())
        .extras(model.extensions(), model.unknown())
        .done();
  }

  /**
   * Block I/O settings. The device entries have no tags in compose-go, so go-yaml names their keys
   * in lower case and encoding/json after the Go fields ({@code Path}, {@code Weight}, {@code Rate}).
   */
  static Map<String, Object> blkio(BlkioConfig blkio, Flavor flavor) {
    boolean json = flavor == Flavor.JSON;
    return new TreeOut(flavor)
        .number("weight", blkio.weight())
        .list("weight_device", blkio.weightDevice(), device -> new TreeOut(flavor)
            .raw(json ? "Path" : "path", device.path() == null ? "" : device.path())
            .raw(json ? "Weight" : "weight", (long) device.weight())
            .extras(device.extensions(), device.unknown())
            .done())
        .list("device_read_bps", blkio.deviceReadBps(), device -> throttle(device, flavor))
        .list("device_read_iops", blkio.deviceReadIops(), device -> throttle(device, flavor))
        .list("device_write_bps", blkio.deviceWriteBps(), device -> throttle(device, flavor))
        .list("device_write_iops", blkio.deviceWriteIops(), device -> throttle(device, flavor))
        .extras(blkio.extensions(), blkio.unknown())
        .done();
  }

  private static Object throttle(BlkioConfig.ThrottleDevice device, Flavor flavor) {
    boolean json = flavor == Flavor.JSON;
    return new TreeOut(flavor)
        .raw(json ? "Path" : "path", device.path() == null ? "" : device.path())
        .raw(json ? "Rate" : "rate", Long.toString(device.rate()))
        .extras(device.extensions(), device.unknown())
        .done();
  }
}
