package dev.phoenix.api.compose;

import java.util.Map;
import java.util.Objects;

/**
 * One entry of a service's {@code volumes}, in the long form Compose normalizes every entry to:
 * {@code ./data:/data:ro} becomes a bind mount with an absolute source and {@code read_only}.
 *
 * <pre>{@code
 * ServiceMount data = ServiceMount.builder(ServiceMount.Type.VOLUME)
 *     .source("db-data").target("/var/lib/postgresql/data").build();
 * }</pre>
 *
 * @param type what is mounted
 * @param source the host path (bind), volume key (volume), image (image) or pipe; null for an
 *     anonymous volume or a tmpfs
 * @param target the path in the container
 * @param readOnly whether the mount is read-only
 * @param consistency {@code consistent}, {@code cached} or {@code delegated} (Docker Desktop), or null
 * @param bind bind options, or null
 * @param volume volume options, or null
 * @param tmpfs tmpfs options, or null
 * @param image image mount options, or null
 * @param extensions the {@code x-*} keys of the mapping
 * @param unknown other keys the model does not know, kept so they survive a round trip
 */
public record ServiceMount(
    Type type,
    String source,
    String target,
    boolean readOnly,
    String consistency,
    BindOptions bind,
    VolumeOptions volume,
    TmpfsOptions tmpfs,
    ImageMountOptions image,
    Map<String, Object> extensions,
    Map<String, Object> unknown) {

  /** The kinds of mount Compose knows. */
  public enum Type {
    /** A host path. */
    BIND("bind"),
    /** A named or anonymous volume. */
    VOLUME("volume"),
    /** A memory-backed file system. */
    TMPFS("tmpfs"),
    /** A Windows named pipe. */
    NPIPE("npipe"),
    /** A Swarm cluster (CSI) volume. */
    CLUSTER("cluster"),
    /** The content of an image. */
    IMAGE("image");

    private final String value;

    Type(String value) {
      this.value = value;
    }

    /** The name as written in a Compose file. */
    public String value() {
      return value;
    }

    /** The type written as {@code value} in a Compose file, or null if there is none. */
    public static Type fromValue(String value) {
      for (Type type : values()) {
        if (type.value.equals(value)) {
          return type;
        }
      }
      return null;
    }
  }

  /** Validates the type and copies the maps. */
  public ServiceMount {
    Objects.requireNonNull(type, "volume type");
    extensions = Copies.extensions(extensions);
    unknown = Copies.unknown(unknown);
  }

  /** A new builder for a mount of the given type. */
  public static Builder builder(Type type) {
    return new Builder(type);
  }

  /** A builder holding this mount's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ServiceMount}. */
  public static final class Builder {
    private Type type;
    private String source;
    private String target;
    private boolean readOnly;
    private String consistency;
    private BindOptions bind;
    private VolumeOptions volume;
    private TmpfsOptions tmpfs;
    private ImageMountOptions image;
    private Map<String, Object> extensions;
    private Map<String, Object> unknown;

    private Builder(Type type) {
      this.type = type;
    }

    private Builder(ServiceMount from) {
      type = from.type;
      source = from.source;
      target = from.target;
      readOnly = from.readOnly;
      consistency = from.consistency;
      bind = from.bind;
      volume = from.volume;
      tmpfs = from.tmpfs;
      image = from.image;
      extensions = from.extensions;
      unknown = from.unknown;
    }

    /** Sets {@link ServiceMount#type()}. */
    public Builder type(Type value) { type = value; return this; }

    /** Sets {@link ServiceMount#source()}. */
    public Builder source(String value) { source = value; return this; }

    /** Sets {@link ServiceMount#target()}. */
    public Builder target(String value) { target = value; return this; }

    /** Sets {@link ServiceMount#readOnly()}. */
    public Builder readOnly(boolean value) { readOnly = value; return this; }

    /** Sets {@link ServiceMount#consistency()}. */
    public Builder consistency(String value) { consistency = value; return this; }

    /** Sets {@link ServiceMount#bind()}. */
    public Builder bind(BindOptions value) { bind = value; return this; }

    /** Sets {@link ServiceMount#volume()}. */
    public Builder volume(VolumeOptions value) { volume = value; return this; }

    /** Sets {@link ServiceMount#tmpfs()}. */
    public Builder tmpfs(TmpfsOptions value) { tmpfs = value; return this; }

    /** Sets {@link ServiceMount#image()}. */
    public Builder image(ImageMountOptions value) { image = value; return this; }

    /** Sets {@link ServiceMount#extensions()}. */
    public Builder extensions(Map<String, Object> value) { extensions = value; return this; }

    /** Sets {@link ServiceMount#unknown()}. */
    public Builder unknown(Map<String, Object> value) { unknown = value; return this; }

    /** The mount. */
    public ServiceMount build() {
      return new ServiceMount(type, source, target, readOnly, consistency, bind, volume, tmpfs, image,
          extensions, unknown);
    }
  }
}
