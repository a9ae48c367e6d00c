package org.childrenstrust.commissioning.meetings.publication;

import org.childrenstrust.commissioning.platform.identity.CommissioningProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Full addresses of the public meeting pages, on {@code commissioning.public-base-url}: for e-mails
 * and the calendar feed. The agenda of meeting ECG-2010-03-11 is
 * {@code <base>/public/meetings/ECG-2010-03-11/agenda}.
 */
@Component
public class PublicLinks {

  private final String base;

  public PublicLinks(CommissioningProperties properties) {
    String url = properties.publicBaseUrl() == null ? "" : properties.publicBaseUrl();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String meetings() {
    return base + "/public/meetings";
  }

  public String agenda(String reference) {
    return meeting(reference) + "/agenda";
  }

  public String agendaPdf(String reference) {
    return meeting(reference) + "/agenda.pdf";
  }

  public String minutes(String reference) {
    return meeting(reference) + "/minutes";
  }

  public String minutesPdf(String reference) {
    return meeting(reference) + "/minutes.pdf";
  }

  /** The full agenda pack with exempt items, for members (log-in required). */
  public String memberAgendaPack(String reference) {
    return base + "/api/meetings/" + UriUtils.encodePathSegment(reference, "UTF-8") + "/agenda-pack.pdf";
  }

  /** Draft or approved minutes with exempt items, for members (log-in required). */
  public String memberMinutes(String reference) {
    return base + "/api/meetings/" + UriUtils.encodePathSegment(reference, "UTF-8") + "/minutes.pdf";
  }

  /** An item's uploaded report, for members (log-in required). */
  public String memberPaper(String reference, int itemNumber) {
    return base + "/api/meetings/" + UriUtils.encodePathSegment(reference, "UTF-8") + "/items/" + itemNumber + "/paper";
  }

  /** A Part A item's uploaded report, once the agenda is published. */
  public String publicPaper(String reference, int itemNumber) {
    return meeting(reference) + "/items/" + itemNumber + "/paper";
  }

  /** The page on which clerks and lead officers upload the meeting's reports (Tasklist log-in). */
  public String papersPage(String reference) {
    return base + "/meetings/" + UriUtils.encodePathSegment(reference, "UTF-8") + "/papers";
  }

  /**
   * The papers page's path on this server ({@code /meetings/ECG-2010-03-11/papers}), for links in
   * Tasklist's forms: the same server as Tasklist, whatever address the browser used.
   */
  public static String papersPagePath(String reference) {
    return "/meetings/" + UriUtils.encodePathSegment(reference, "UTF-8") + "/papers";
  }

  /** The minutes as the papers page serves them ({@code /meetings/<reference>/papers/minutes.pdf}), for Tasklist's forms. */
  public static String papersMinutesPath(String reference) {
    return papersPagePath(reference) + "/minutes.pdf";
  }

  public String tasklist() {
    return base + "/camunda/app/tasklist/";
  }

  public String calendar(String bodyCode) {
    return base + "/public/bodies/" + UriUtils.encodePathSegment(bodyCode, "UTF-8") + "/meetings.ics";
  }

  private String meeting(String reference) {
    return meetings() + "/" + UriUtils.encodePathSegment(reference, "UTF-8");
  }
}
