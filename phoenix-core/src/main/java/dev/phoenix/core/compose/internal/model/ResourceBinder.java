package dev.phoenix.core.compose.internal.model;

import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.IpamConfig;
import dev.phoenix.api.compose.ModelSpec;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.VolumeSpec;

/** Binds the project's top-level resources: networks, volumes, secrets, configs and models. */
final class ResourceBinder {
  private ResourceBinder() {
  }

  static NetworkSpec network(Node node) {
    Fields f = Fields.of(node);
    NetworkSpec.Builder network = NetworkSpec.builder()
        .name(f.string("name"))
        .driver(f.string("driver"))
        .driverOpts(f.stringMap("driver_opts"))
        .ipam(f.object("ipam", ResourceBinder::ipam))
        .external(f.flag("external"))
        .internal(f.flag("internal"))
        .attachable(f.flag("attachable"))
        .labels(f.stringMap("labels"))
        .enableIpv4(f.bool("enable_ipv4"))
        .enableIpv6(f.bool("enable_ipv6"));
    network.extensions(f.extensions()).unknown(f.unknown());
    return node.build(network::build);
  }

  private static IpamConfig ipam(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new IpamConfig(f.string("driver"), f.list("config", ResourceBinder::pool),
        f.extensions(), f.unknown()));
  }

  private static IpamConfig.IpamPool pool(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new IpamConfig.IpamPool(f.string("subnet"), f.string("gateway"), f.string("ip_range"),
        f.stringMap("aux_addresses"), f.extensions(), f.unknown()));
  }

  static VolumeSpec volume(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new VolumeSpec(f.string("name"), f.string("driver"), f.stringMap("driver_opts"),
        f.flag("external"), f.stringMap("labels"), f.extensions(), f.unknown()));
  }

  static SecretSpec secret(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new SecretSpec(f.string("name"), f.string("file"), f.string("environment"),
        f.string("content"), f.flag("external"), f.stringMap("labels"), f.string("driver"),
        f.stringMap("driver_opts"), f.string("template_driver"), f.extensions(), f.unknown()));
  }

  static ConfigSpec config(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ConfigSpec(f.string("name"), f.string("file"), f.string("environment"),
        f.string("content"), f.flag("external"), f.stringMap("labels"), f.string("driver"),
        f.stringMap("driver_opts"), f.string("template_driver"), f.extensions(), f.unknown()));
  }

  static ModelSpec model(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ModelSpec(f.string("name"), f.string("model"), f.integer("context_size"),
        f.strings("runtime_flags"), f.extensions(), f.unknown()));
  }
}
