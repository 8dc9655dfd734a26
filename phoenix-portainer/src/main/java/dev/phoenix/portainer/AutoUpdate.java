package dev.phoenix.portainer;

/**
 * How Portainer keeps a git stack up to date ({@code AutoUpdate}): by polling every
 * {@code interval}, by a webhook, or both. In Portainer CE this webhook is the stack's only webhook.
 *
 * @param interval a Go duration such as {@code 5m}, or null
 * @param webhook the webhook's UUID (chosen by the client), or null
 * @param forceUpdate whether a redeploy happens even when the repository did not change
 * @param forcePullImage whether images are pulled on each redeploy
 */
public record AutoUpdate(String interval, String webhook, boolean forceUpdate, boolean forcePullImage) {

  /** Checks that polling or a webhook is set, as Portainer requires. */
  public AutoUpdate {
    if (blank(interval) && blank(webhook)) {
      throw new IllegalArgumentException("auto-update needs an interval or a webhook");
    }
  }

  /** Polling every {@code interval} (a Go duration such as {@code 5m}). */
  public static AutoUpdate polling(String interval) {
    return new AutoUpdate(interval, null, false, false);
  }

  /** A webhook with this UUID. */
  public static AutoUpdate webhook(String uuid) {
    return new AutoUpdate(null, uuid, false, false);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
