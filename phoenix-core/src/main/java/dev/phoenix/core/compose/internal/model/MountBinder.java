package dev.phoenix.core.compose.internal.model;

import dev.phoenix.api.compose.BindOptions;
import dev.phoenix.api.compose.ImageMountOptions;
import dev.phoenix.api.compose.ServiceMount;
import dev.phoenix.api.compose.TmpfsOptions;
import dev.phoenix.api.compose.VolumeOptions;

/** Binds one entry of a service's {@code volumes} (long form) to a {@link ServiceMount}. */
final class MountBinder {
  private MountBinder() {
  }

  static ServiceMount mount(Node node) {
    Fields f = Fields.of(node);
    Node typeNode = f.child("type");
    if (typeNode == null) {
      throw node.error("type is required");
    }
    ServiceMount.Type type = ServiceMount.Type.fromValue(Values.string(typeNode));
    if (type == null) {
      throw typeNode.error("must be bind, volume, tmpfs, npipe, cluster or image");
    }
    ServiceMount.Builder mount = ServiceMount.builder(type)
        .source(f.string("source"))
        .target(f.string("target"))
        .readOnly(f.flag("read_only"))
        .consistency(f.string("consistency"))
        .bind(f.object("bind", MountBinder::bind))
        .volume(f.object("volume", MountBinder::volume))
        .tmpfs(f.object("tmpfs", MountBinder::tmpfs))
        .image(f.object("image", MountBinder::image));
    mount.extensions(f.extensions()).unknown(f.unknown());
    return node.build(mount::build);
  }

  private static BindOptions bind(Node node) {
    Fields f = Fields.of(node);
    Boolean createHostPath = f.bool("create_host_path");
    return node.build(() -> new BindOptions(f.string("selinux"), f.string("propagation"),
        createHostPath == null || createHostPath, f.text("recursive"), f.extensions(), f.unknown()));
  }

  private static VolumeOptions volume(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new VolumeOptions(f.stringMap("labels"), f.flag("nocopy"), f.string("subpath"),
        f.extensions(), f.unknown()));
  }

  private static TmpfsOptions tmpfs(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new TmpfsOptions(f.bytes("size"), f.integer("mode"), f.extensions(), f.unknown()));
  }

  private static ImageMountOptions image(Node node) {
    Fields f = Fields.of(node);
    return node.build(() -> new ImageMountOptions(f.string("subpath"), f.extensions(), f.unknown()));
  }
}
