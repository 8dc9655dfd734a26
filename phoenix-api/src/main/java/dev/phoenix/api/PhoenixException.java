package dev.phoenix.api;

/**
 * The root of every error Phoenix reports. Unchecked, like the rest of the modern Java client
 * libraries; each subclass carries what a person needs to act on it (a file position, an endpoint,
 * an HTTP status), and its message is written for that person, not for a debugger.
 */
public class PhoenixException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PhoenixException(String message) {
    super(message);
  }

  public PhoenixException(String message, Throwable cause) {
    super(message, cause);
  }
}
