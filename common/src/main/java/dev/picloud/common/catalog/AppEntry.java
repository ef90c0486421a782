package dev.picloud.common.catalog;

import dev.picloud.common.id.AppId;
import java.util.List;

/**
 * An app as routing sees it.
 *
 * @param appId the app
 * @param slug its short name ({@code default} for the default app)
 * @param domains host patterns it claims, e.g. {@code api.example.com}, {@code {tenant}.example.com}
 */
public record AppEntry(AppId appId, String slug, List<String> domains) {
  public AppEntry {
    domains = List.copyOf(domains);
  }
}
