package dev.phoenix.portainer;

/**
 * How an update deploys.
 *
 * @param pullImage pull the images first ({@code PullImage}, Portainer 2.16 and later); for swarm,
 *     false also keeps {@code docker stack deploy} from resolving images
 * @param prune remove the services no longer in the file (swarm only; compose ignores it)
 */
public record UpdateOptions(boolean pullImage, boolean prune) {
  /** No pull, no prune. */
  public static final UpdateOptions DEFAULT = new UpdateOptions(false, false);

  /** These options with images pulled first. */
  public UpdateOptions withPullImage() {
    return new UpdateOptions(true, prune);
  }

  /** These options with swarm services no longer in the file removed. */
  public UpdateOptions withPrune() {
    return new UpdateOptions(pullImage, true);
  }
}
