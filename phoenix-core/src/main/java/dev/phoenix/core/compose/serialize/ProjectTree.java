package dev.phoenix.core.compose.serialize;

import dev.phoenix.api.compose.ComposeProject;
import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.IpamConfig;
import dev.phoenix.api.compose.ModelSpec;
import dev.phoenix.api.compose.NetworkSpec;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.VolumeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a whole project, and its top-level resources, as compose-go marshals a {@code Project}. */
final class ProjectTree {
  private ProjectTree() {
  }

  static Map<String, Object> project(ComposeProject project, Flavor flavor) {
    TreeOut out = new TreeOut(flavor);
    if (flavor == Flavor.JSON) {
      // compose-go's Project.MarshalJSON builds a map: the name is written even when empty
      out.raw("name", project.name());
    } else {
      out.string("name", project.name());
    }
    out.mapAlways("services", project.services(), service -> ServiceTree.service(service, flavor))
        .map("networks", project.networks(), network -> network(network, flavor))
        .map("volumes", project.volumes(), volume -> volume(volume, flavor))
        .map("secrets", project.secrets(), secret -> secret(secret, flavor))
        .map("configs", project.configs(), config -> config(config, flavor))
        .map("models", project.models(), model -> model(model, flavor))
        .extras(Map.of(), project.unknown())
        .topLevelExtensions(project.extensions());
    Map<String, Object> tree = out.done();
    return flavor == Flavor.JSON ? sortedByBytes(tree) : tree;
  }

  private static Map<String, Object> sortedByBytes(Map<String, Object> tree) {
    List<String> keys = new ArrayList<>(tree.keySet());
    keys.sort(GoText.BYTE_ORDER);
    LinkedHashMap<String, Object> sorted = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
    for (String key : keys) {
      sorted.put(key, tree.get(key));
    }
    return sorted;
  }

  static Map<String, Object> network(NetworkSpec network, Flavor flavor) {
    return new TreeOut(flavor)
        .string("name", network.name())
        .string("driver", network.driver())
        .stringMap("driver_opts", network.driverOpts())
        .struct("ipam", network.ipam(), ipam -> ipam(ipam, flavor))
        .flag("external", network.external())
        .flag("internal", network.internal())
        .flag("attachable", network.attachable())
        .stringMap("labels", network.labels())
        .bool("enable_ipv4", network.enableIpv4())
        .bool("enable_ipv6", network.enableIpv6())
        .extras(network.extensions(), network.unknown())
        .done();
  }

  private static Map<String, Object> ipam(IpamConfig ipam, Flavor flavor) {
    return new TreeOut(flavor)
        .string("driver", ipam.driver())
        .list("config", ipam.config(), pool -> new TreeOut(flavor)
            .string("subnet", pool.subnet())
            .string("gateway", pool.gateway())
            .string("ip_range", pool.ipRange())
            .stringMap("aux_addresses", pool.auxAddresses())
            .extras(pool.extensions(), pool.unknown())
            .done())
        .extras(ipam.extensions(), ipam.unknown())
        .done();
  }

  static Map<String, Object> volume(VolumeSpec volume, Flavor flavor) {
    return new TreeOut(flavor)
        .string("name", volume.name())
        .string("driver", volume.driver())
        .stringMap("driver_opts", volume.driverOpts())
        .flag("external", volume.external())
        .stringMap("labels", volume.labels())
        .extras(volume.extensions(), volume.unknown())
        .done();
  }

  /** A secret's content is never written: compose-go leaves it out so it cannot leak. */
  static Map<String, Object> secret(SecretSpec secret, Flavor flavor) {
    return fileObject(new TreeOut(flavor), secret.name(), secret.file(), secret.environment(), null)
        .flag("external", secret.external())
        .stringMap("labels", secret.labels())
        .string("driver", secret.driver())
        .stringMap("driver_opts", secret.driverOpts())
        .string("template_driver", secret.templateDriver())
        .extras(secret.extensions(), secret.unknown())
        .done();
  }

  /** A config's content is written unless it was read from the environment. */
  static Map<String, Object> config(ConfigSpec config, Flavor flavor) {
    String content = config.environment() == null || config.environment().isEmpty() ? config.content() : null;
    return fileObject(new TreeOut(flavor), config.name(), config.file(), config.environment(), content)
        .flag("external", config.external())
        .stringMap("labels", config.labels())
        .string("driver", config.driver())
        .stringMap("driver_opts", config.driverOpts())
        .string("template_driver", config.templateDriver())
        .extras(config.extensions(), config.unknown())
        .done();
  }

  private static TreeOut fileObject(TreeOut out, String name, String file, String environment, String content) {
    return out.string("name", name)
        .string("file", file)
        .string("environment", environment)
        .string("content", content);
  }

  static Map<String, Object> model(ModelSpec model, Flavor flavor) {
    return new TreeOut(flavor)
        .string("name", model.name())
        .string("model", model.model())
        .number("context_size", model.contextSize())
        .strings("runtime_flags", model.runtimeFlags())
        .extras(model.extensions(), model.unknown())
        .done();
  }
}
