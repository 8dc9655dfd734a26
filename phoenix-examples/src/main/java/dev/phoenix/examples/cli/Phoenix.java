package dev.phoenix.examples.cli;

/** The {@code phoenix} command-line tool. */
public final class Phoenix {
  private Phoenix() {
  }

  public static void main(String[] args) {
    System.exit(2);
  }
}
