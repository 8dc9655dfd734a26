package dev.phoenix.core.engine.internal.image;

/**
 * Why an image could not be pulled or built, in the registry's, engine's or builder's words.
 * Internal: {@link ImageProvider} turns it into an
 * {@link dev.phoenix.api.deploy.ImageUnavailableException} for each service that needed the image.
 */
final class ImageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ImageFailure(String answer, Throwable cause) {
    super(answer, cause);
  }

  /** What the registry, engine or builder said. */
  String answer() {
    return getMessage();
  }
}
