package dev.picloud.executor.sdk.stdlib;

import dev.picloud.executor.sdk.SdkContext;

/**
 * The text a regex scans, checking the run's deadline every few thousand characters read. RE2/J reads its input
 * through {@link #charAt}, so a scan that is linear but long (a big pattern over a megabyte) still stops with the run.
 */
final class DeadlineText implements CharSequence {
  private static final int CHECK_EVERY = 4_096;

  private final String text;
  private final SdkContext context;
  private int countdown = CHECK_EVERY;

  DeadlineText(String text, SdkContext context) {
    this.text = text;
    this.context = context;
  }

  @Override
  public char charAt(int index) {
    if (--countdown <= 0) {
      countdown = CHECK_EVERY;
      context.checkDeadline();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
