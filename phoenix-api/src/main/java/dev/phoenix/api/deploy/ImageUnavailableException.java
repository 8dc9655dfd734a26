package dev.phoenix.api.deploy;

import java.util.List;

/** An image that could not be pulled or built; the message names the image and the registry's or builder's answer. */
public class ImageUnavailableException extends DeploymentException {
  private static final long serialVersionUID = 1L;

  private final String image;

  /**
   * @param stack the stack's name
   * @param service the service that needs the image
   * @param image the image reference
   * @param answer what the registry or the builder said
   * @param completed what had been done before the failure
   * @param cause the underlying error, or null
   */
  public ImageUnavailableException(String stack, String service, String image, String answer, List<String> completed,
      Throwable cause) {
    super(stack, "image " + image + " for service " + service, answer, completed, cause);
    this.image = image;
  }

  /**
   * An image that could not be pulled outside any deployment, as when a target pulls it to look up
   * its digest ({@link DeploymentTarget#imageDigest}): {@link #stack()} is null and the message
   * reads {@code pull image <image> failed: <answer>}.
   *
   * @param image the image reference
   * @param answer what the registry or the engine said
   * @param cause the underlying error, or null
   */
  public ImageUnavailableException(String image, String answer, Throwable cause) {
    super(null, "pull image " + image, answer, List.of(), cause);
    this.image = image;
  }

  /** The image reference. */
  public String image() {
    return image;
  }
}
