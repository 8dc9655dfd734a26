package dev.phoenix.core.engine.internal.apply;

import com.github.dockerjava.api.exception.DockerException;
import dev.phoenix.api.PhoenixException;
import dev.phoenix.api.deploy.DeploymentException;
import dev.phoenix.core.engine.internal.connect.EngineAnswer;
import dev.phoenix.core.engine.internal.connect.EngineConnection;
import java.util.function.Supplier;

/** Runs one engine step and turns an engine failure into a {@link DeploymentException} that names the step. */
final class Steps {
  private Steps() {
  }

  /** A step that changes the engine. */
  interface Step {
    void run();
  }

  /** A step that reads from the engine and returns what it read. */
  static <T> T call(Progress progress, String step, Supplier<T> body) {
    Object[] result = new Object[1];
    run(progress, step, () -> result[0] = body.get());
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  static void run(Progress progress, String step, Step body) {
    try {
      body.run();
    } catch (PhoenixException e) {
      throw e;
    } catch (DockerException e) {
      throw new DeploymentException(progress.stack(), step, engineMessage(e), progress.completed(), e);
    } catch (RuntimeException e) {
      throw new DeploymentException(progress.stack(), step, EngineConnection.rootMessage(e), progress.completed(), e);
    }
  }

  /** The engine's own words ({@link EngineAnswer}) and the HTTP status it answered with. */
  static String engineMessage(DockerException e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      return e.getClass().getSimpleName();
    }
    return EngineAnswer.of(e) + " (HTTP " + e.getHttpStatus() + ")";
  }
}
