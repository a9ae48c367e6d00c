package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childrenstrust.commissioning.meetings.publication.ExampleMeeting.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.childrenstrust.commissioning.meetings.domain.MeetingStatus;
import org.junit.jupiter.api.Test;

/** The public pages over HTTP, without credentials. */
class PublicMeetingPagesTest extends PublicationHttpTest {

  @Test
  void agendaIsPublicOncePublishedWithExemptItemsWithheld() throws Exception {
    String code = body("management-group");
    String reference = meeting(code, MARCH_11, MeetingStatus.AGENDA_APPROVED);
    String agendaPath = "/public/meetings/" + reference + "/agenda";

    HttpResponse<byte[]> notYet = get(agendaPath);
    assertThat(notYet.statusCode()).isEqualTo(404);
    assertThat(contentType(notYet)).startsWith("text/html");
    assertThat(text(notYet)).contains("The agenda of Children&#39;s Trust Executive Commissioning Group on 11 March 2010 is not published yet.");
    assertThat(get(agendaPath + ".pdf").statusCode()).isEqualTo(404);
    assertThat(text(get("/public/meetings"))).doesNotContain(reference);

    setStatus(reference, MeetingStatus.AGENDA_PUBLISHED);

    String listing = text(get("/public/meetings"));
    assertThat(listing).contains("href=\"" + agendaPath + "\"", "href=\"" + agendaPath + ".pdf\"",
        "href=\"/public/bodies/" + code + "/meetings.ics\"")
        .doesNotContain("/public/meetings/" + reference + "/minutes");
    HttpResponse<byte[]> agenda = get(agendaPath);
    assertThat(agenda.statusCode()).isEqualTo(200);
    assertThat(contentType(agenda)).isEqualTo("text/html;charset=UTF-8");
    assertThat(text(agenda)).contains(WORKFORCE, BULLYING, "Item 6: exempt from publication", "Report to follow")
        .doesNotContain(EXEMPT).doesNotContain("Three bids were received").doesNotContain("Tender evaluation");
    // the page's links (to all meetings, to its PDF) work
    List<String> links = Pattern.compile("href=\"([^\"]+)\"").matcher(text(agenda)).results().map(m -> m.group(1)).toList();
    assertThat(links).hasSize(2);
    for (String link : links) {
      HttpResponse<byte[]> linked = get(uri(agendaPath).resolve(link), null);
      assertThat(linked.statusCode()).as(link).isEqualTo(200);
      assertThat(contentType(linked)).as(link).isIn("text/html;charset=UTF-8", "application/pdf");
    }

    HttpResponse<byte[]> pdf = get(agendaPath + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(contentType(pdf)).isEqualTo("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + reference + "-agenda.pdf\"");
    assertThat(MeetingDocumentsTest.pdfText(pdf.body(), 1)).contains("Page 1 of", WORKFORCE, "Item 6: exempt from publication")
        .doesNotContain(EXEMPT);
  }

  @Test
  void minutesArePublicOnlyOnceApprovedAsATrueRecord() throws Exception {
    String code = body("management-group");
    String reference = meeting(code, MARCH_11, MeetingStatus.MINUTES_DRAFT);
    String minutesPath = "/public/meetings/" + reference + "/minutes";

    for (MeetingStatus draft : List.of(MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_APPROVED_BY_CHAIR,
        MeetingStatus.MINUTES_CIRCULATED)) {
      setStatus(reference, draft);
      HttpResponse<byte[]> minutes = get(minutesPath);
      assertThat(minutes.statusCode()).as(draft.name()).isEqualTo(404);
      assertThat(text(minutes)).contains("are published once the next meeting has approved them as a true record")
          .doesNotContain(WORKFORCE_DECISION);
      assertThat(get(minutesPath + ".pdf").statusCode()).isEqualTo(404);
    }
    // the agenda of a meeting already held stays public
    assertThat(get("/public/meetings/" + reference + "/agenda").statusCode()).isEqualTo(200);
    assertThat(text(get("/public/meetings"))).doesNotContain(minutesPath);

    setStatus(reference, MeetingStatus.MINUTES_PUBLISHED);

    assertThat(text(get("/public/meetings"))).contains("href=\"" + minutesPath + "\"", "href=\"" + minutesPath + ".pdf\"");
    HttpResponse<byte[]> minutes = get(minutesPath);
    assertThat(minutes.statusCode()).isEqualTo(200);
    assertThat(text(minutes)).contains("Approved as a true record", "Approved with amendments", WORKFORCE_DECISION,
            "Deferred to the next meeting", "Carol Carruthers", "Item 6: exempt from publication")
        .doesNotContain("Draft – not yet approved").doesNotContain(EXEMPT_MINUTE).doesNotContain(EXEMPT_ACTION);
    HttpResponse<byte[]> pdf = get(minutesPath + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(MeetingDocumentsTest.pdfText(pdf.body(), 1)).contains(WORKFORCE_DECISION).doesNotContain(EXEMPT_MINUTE);
  }

  @Test
  void unknownMeetingsAndBodiesAnswerAPlainNotFoundPage() throws Exception {
    for (String path : List.of("/public/meetings/NOPE-2010-01-01/agenda", "/public/meetings/NOPE-2010-01-01/minutes.pdf",
        "/public/bodies/NOPE/meetings.ics")) {
      HttpResponse<byte[]> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(contentType(response)).startsWith("text/html");
      assertThat(text(response)).contains("<h1>Not found</h1>", "There is no ", "NOPE");
    }
  }

  @Test
  void calendarFeedHasOneEventPerMeetingNotCancelled() throws Exception {
    String code = body("management-group");
    String march = meeting(code, MARCH_11, MeetingStatus.AGENDA_PUBLISHED);
    String may = meeting(code, MARCH_11.plusMonths(2), MeetingStatus.SCHEDULED);
    String cancelled = meeting(code, MARCH_11.plusMonths(1), MeetingStatus.CANCELLED);

    HttpResponse<byte[]> response = get("/public/bodies/" + code + "/meetings.ics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(contentType(response)).isEqualToIgnoringWhitespace("text/calendar;charset=UTF-8");
    String feed = text(response);
    assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    String[] physical = feed.split("\r\n");
    for (String line : physical) {
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    List<String> lines = Arrays.asList(feed.replace("\r\n ", "").split("\r\n"));
    assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
    assertThat(lines).contains("VERSION:2.0", "CALSCALE:GREGORIAN", "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "X-WR-CALNAME:Children's Trust Executive Commissioning Group",
        "UID:" + march + "@childrens-trust.example", "UID:" + may + "@childrens-trust.example",
        "DTSTART;TZID=Europe/London:20100311T140000", "DTEND;TZID=Europe/London:20100311T163000",
        "DTSTART;TZID=Europe/London:20100511T140000",
        "SUMMARY:Children's Trust Executive Commissioning Group",
        "LOCATION:Mid Suffolk District Council\\, Needham Market")
        .doesNotContain("UID:" + cancelled + "@childrens-trust.example");
    assertThat(lines).anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
    assertThat(lines).anyMatch(l -> l.startsWith("PRODID:"));
    // the published meeting links to its public agenda; the other says it is not published yet
    assertThat(lines).anyMatch(l -> l.startsWith("DESCRIPTION:To plan and make commissioning recommendations for the Trust Board\\nAgenda: http")
        && l.endsWith("/public/meetings/" + march + "/agenda"));
    assertThat(lines).contains("DESCRIPTION:To plan and make commissioning recommendations for the Trust Board\\nThe agenda is not published yet.");
    // at least the long DESCRIPTION line was folded
    assertThat(feed).contains("\r\n ");
  }

  @Test
  void stylesheetOfThePublicPagesIsServed() throws Exception {
    HttpResponse<byte[]> css = get("/css/meetings.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(contentType(css)).startsWith("text/css");
    assertThat(text(css)).contains("@page");
  }
}
