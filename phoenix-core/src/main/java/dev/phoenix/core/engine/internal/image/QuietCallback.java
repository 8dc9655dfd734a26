package dev.phoenix.core.engine.internal.image;

import com.github.dockerjava.api.async.ResultCallback;
import java.io.IOException;
import java.util.concurrent.CancellationException;

/**
 * A docker-java callback that keeps a stream's error for its caller to report, instead of
 * logging it at ERROR as docker-java's own callbacks do: the error reaches the user once, in the
 * exception that names the image.
 */
abstract class QuietCallback<T> extends ResultCallback.Adapter<T> {
  private volatile Throwable failure;

  @Override
  public void onError(Throwable error) {
    if (failure == null) {
      failure = error;
    }
    try {
      close();
    } catch (IOException e) {
      error.addSuppressed(e);
    }
  }

  /**
   * Waits for the stream's end and throws its error, if it had one.
   *
   * @throws InterruptedException when the thread is interrupted, also when docker-java's
   *     transport reports that as a cancelled request
   */
  void finish() throws InterruptedException {
    awaitCompletion();
    Throwable error = failure;
    if (error != null) {
      throwIfInterrupted(error);
    }
    if (error instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (error instanceof Error fatal) {
      throw fatal;
    }
    if (error != null) {
      throw new IllegalStateException(error.getMessage(), error);
    }
  }

  /**
   * Throws {@link InterruptedException} when {@code error} is how docker-java reported an
   * interrupt: its transport cancels the request of an interrupted thread.
   */
  static void throwIfInterrupted(Throwable error) throws InterruptedException {
    if (Thread.interrupted() || error instanceof CancellationException) {
      InterruptedException interrupted = new InterruptedException("interrupted while the engine answered");
      interrupted.initCause(error);
      throw interrupted;
    }
  }
}
