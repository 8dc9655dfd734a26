package dev.phoenix.core.engine.internal.container;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.BindOptions;
import com.github.dockerjava.api.model.BindPropagation;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.PropagationMode;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.TmpfsOptions;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.VolumeOptions;
import com.github.dockerjava.api.model.VolumesFrom;
import dev.phoenix.api.compose.ConfigSpec;
import dev.phoenix.api.compose.SecretSpec;
import dev.phoenix.api.compose.ServiceConfigRef;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.ServiceSecretRef;
import dev.phoenix.api.compose.ServiceSpec;
import dev.phoenix.core.engine.internal.ComposeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code volumes}, file {@code secrets} and {@code configs}, {@code tmpfs} and {@code volumes_from},
 * as Compose hands them to the engine: simple binds and named volumes as {@code Binds} strings
 * (only they create a missing host directory), everything needing an option the string form lacks
 * as {@code Mounts}.
 */
final class ContainerMounts {
  private static final String SECRETS_DIR = "/run/secrets/";

  private ContainerMounts() {
  }

  /** Fills the binds, mounts, tmpfs and volumes-from of {@code host}. */
  static void apply(ContainerContext context, HostConfig host) {
    List<Bind> binds = new ArrayList<>();
    List<Mount> mounts = new ArrayList<>();
    for (ServiceMount volume : context.service().volumes()) {
      switch (volume.type()) {
        case BIND -> bind(volume, binds, mounts);
        case VOLUME -> volume(context, volume, binds, mounts);
        case TMPFS -> mounts.add(tmpfs(volume));
        // npipe, cluster and image mounts are reported as unsupported and left out
        default -> { }
      }
    }
    secretsAndConfigs(context, mounts);
    if (!binds.isEmpty()) {
      host.withBinds(binds);
    }
    if (!mounts.isEmpty()) {
      host.withMounts(mounts);
    }
    Map<String, String> tmpfs = tmpfs(context.service());
    if (!tmpfs.isEmpty()) {
      host.withTmpFs(tmpfs);
    }
    List<VolumesFrom> volumesFrom = volumesFrom(context);
    if (!volumesFrom.isEmpty()) {
      host.withVolumesFrom(volumesFrom);
    }
  }

  private static void bind(ServiceMount volume, List<Bind> binds, List<Mount> mounts) {
    var options = volume.bind();
    // The Mounts API cannot create a missing host path: only create_host_path: false goes there.
    if (options == null || options.createHostPath()) {
      binds.add(new Bind(volume.source(), new Volume(volume.target()), AccessMode.fromBoolean(!volume.readOnly()),
          selinux(options == null ? null : options.selinux()), null, propagation(options == null ? null : options.propagation())));
      return;
    }
    Mount mount = new Mount().withType(MountType.BIND).withSource(volume.source()).withTarget(volume.target())
        .withReadOnly(volume.readOnly());
    if (options.propagation() != null) {
      mount.withBindOptions(new BindOptions().withPropagation(bindPropagation(options.propagation())));
    }
    mounts.add(mount);
  }

  /** {@code rprivate} is {@code R_PRIVATE} in docker-java, {@code shared} is {@code SHARED}. */
  private static BindPropagation bindPropagation(String propagation) {
    String name = propagation.toUpperCase(Locale.ROOT);
    return BindPropagation.valueOf(name.startsWith("R") ? "R_" + name.substring(1) : name);
  }

  private static SELContext selinux(String selinux) {
    if ("z".equals(selinux)) {
      return SELContext.shared;
    }
    return "Z".equals(selinux) ? SELContext.single : SELContext.DEFAULT;
  }

  private static PropagationMode propagation(String propagation) {
    return propagation == null ? PropagationMode.DEFAULT_MODE : PropagationMode.fromString(propagation);
  }

  private static void volume(ContainerContext context, ServiceMount volume, List<Bind> binds, List<Mount> mounts) {
    var options = volume.volume();
    boolean nocopy = options != null && options.nocopy();
    if (volume.source() == null) {
      Mount anonymous = new Mount().withType(MountType.VOLUME).withTarget(volume.target()).withReadOnly(volume.readOnly());
      if (nocopy) {
        anonymous.withVolumeOptions(new VolumeOptions().withNoCopy(true));
      }
      mounts.add(anonymous);
      return;
    }
    String name = volumeName(context, volume.source());
    if (options == null || options.labels().isEmpty()) {
      binds.add(new Bind(name, new Volume(volume.target()), AccessMode.fromBoolean(!volume.readOnly()),
          SELContext.DEFAULT, nocopy ? Boolean.TRUE : null));
      return;
    }
    mounts.add(new Mount().withType(MountType.VOLUME).withSource(name).withTarget(volume.target())
        .withReadOnly(volume.readOnly())
        .withVolumeOptions(new VolumeOptions().withNoCopy(nocopy ? Boolean.TRUE : null).withLabels(options.labels())));
  }

  /** The engine name of the volume {@code key}. */
  private static String volumeName(ContainerContext context, String key) {
    // A source the project does not declare is an engine volume name (Compose allows it too).
    return context.project().volumes().containsKey(key) ? ComposeNames.volume(context.project(), key) : key;
  }

  private static Mount tmpfs(ServiceMount volume) {
    Mount mount = new Mount().withType(MountType.TMPFS).withTarget(volume.target()).withReadOnly(volume.readOnly());
    if (volume.tmpfs() != null && (volume.tmpfs().size() != null || volume.tmpfs().mode() != null)) {
      mount.withTmpfsOptions(new TmpfsOptions().withSizeBytes(volume.tmpfs().size()).withMode(volume.tmpfs().mode()));
    }
    return mount;
  }

  /**
   * File-based secrets and configs as read-only binds at their targets. Those from
   * {@code environment} or {@code content}, and external ones, are reported as unsupported.
   */
  private static void secretsAndConfigs(ContainerContext context, List<Mount> mounts) {
    for (ServiceSecretRef secret : context.service().secrets()) {
      SecretSpec spec = context.project().secrets().get(secret.source());
      if (spec != null && spec.file() != null && !spec.external()) {
        mounts.add(readOnlyBind(spec.file(), secretTarget(secret)));
      }
    }
    for (ServiceConfigRef config : context.service().configs()) {
      ConfigSpec spec = context.project().configs().get(config.source());
      if (spec != null && spec.file() != null && !spec.external()) {
        mounts.add(readOnlyBind(spec.file(), configTarget(config)));
      }
    }
  }

  private static Mount readOnlyBind(String source, String target) {
    return new Mount().withType(MountType.BIND).withSource(source).withTarget(target).withReadOnly(true);
  }

  /** {@code /run/secrets/<source>} by default; a relative target lands under {@code /run/secrets/}. */
  static String secretTarget(ServiceSecretRef secret) {
    String target = secret.target();
    if (target == null || target.isEmpty()) {
      return SECRETS_DIR + secret.source();
    }
    return target.startsWith("/") ? target : SECRETS_DIR + target;
  }

  /** {@code /<source>} by default; a relative target lands under {@code /}. */
  static String configTarget(ServiceConfigRef config) {
    String target = config.target();
    if (target == null || target.isEmpty()) {
      return "/" + config.source();
    }
    return target.startsWith("/") ? target : "/" + target;
  }

  /** {@code /run} or {@code /run:size=64m,mode=1777}: path to options. */
  private static Map<String, String> tmpfs(ServiceSpec service) {
    Map<String, String> tmpfs = new LinkedHashMap<>();
    for (String entry : service.tmpfs()) {
      int colon = entry.indexOf(':');
      tmpfs.put(colon < 0 ? entry : entry.substring(0, colon), colon < 0 ? "" : entry.substring(colon + 1));
    }
    return tmpfs;
  }

  /** {@code service[:ro|rw]} or {@code container:name[:ro|rw]}, with services resolved to their first container. */
  private static List<VolumesFrom> volumesFrom(ContainerContext context) {
    List<VolumesFrom> result = new ArrayList<>();
    for (String entry : context.service().volumesFrom()) {
      String source = entry;
      AccessMode mode = AccessMode.DEFAULT;
      if (source.endsWith(":ro") || source.endsWith(":rw")) {
        mode = AccessMode.valueOf(source.substring(source.length() - 2));
        source = source.substring(0, source.length() - 3);
      }
      String container = source.startsWith("container:")
          ? source.substring("container:".length())
          : ContainerNetworks.containerOf(context, source, "volumes_from");
      result.add(new VolumesFrom(container, mode));
    }
    return result;
  }
}
