package dev.picloud.executor.script.rhai.cli;

/** Placeholder entry point, replaced by the real runner. */
public final class RhaiRun {
  private RhaiRun() {}

  public static void main(String[] args) {
    System.out.println("not yet");
  }
}
