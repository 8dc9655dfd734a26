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

  /** The image reference. */
  public String image() {
    return image;
  }
}
