package org.childrenstrust.commissioning.meetings.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarFeedTest {

  private static final ICalendarFeed.Event MEETING = new ICalendarFeed.Event("ECG-2010-03-11@childrens-trust.example",
      LocalDateTime.of(2010, 3, 11, 14, 0), LocalDateTime.of(2010, 3, 11, 16, 30),
      "Children's Trust Executive Commissioning Group", "Endeavour House, Rose Room; Ipswich",
      "To plan and make commissioning recommendations for the Trust Board\nAgenda: http://x/public/meetings/ECG-2010-03-11/agenda",
      "http://x/public/meetings/ECG-2010-03-11/agenda");

  @Test
  void escapesTextValues() {
    assertThat(ICalendarFeed.escape("Rose Room, Endeavour House; Ipswich")).isEqualTo("Rose Room\\, Endeavour House\\; Ipswich");
    assertThat(ICalendarFeed.escape("a\\b")).isEqualTo("a\\\\b");
    assertThat(ICalendarFeed.escape("one\ntwo\r\nthree\rfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
  }

  @Test
  void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
    String line = "DESCRIPTION:" + "Children’s Trust – joint commissioning £ ".repeat(8);
    String folded = ICalendarFeed.fold(line);

    String[] physical = folded.split("\r\n", -1);
    assertThat(physical.length).isGreaterThan(5);
    for (int i = 0; i < physical.length; i++) {
      byte[] octets = physical[i].getBytes(StandardCharsets.UTF_8);
      assertThat(octets.length).as("line %d", i).isLessThanOrEqualTo(75);
      if (i > 0) {
        assertThat(physical[i]).startsWith(" ");
      }
      // a split multi-byte character would not survive the round trip
      assertThat(new String(octets, StandardCharsets.UTF_8)).isEqualTo(physical[i]);
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
    assertThat(ICalendarFeed.fold("SUMMARY:short")).isEqualTo("SUMMARY:short");
    String exactly75 = "X".repeat(75);
    assertThat(ICalendarFeed.fold(exactly75)).isEqualTo(exactly75);
    assertThat(ICalendarFeed.fold(exactly75 + "Y")).isEqualTo(exactly75 + "\r\n Y");
  }

  @Test
  void writesACalendarWithOneEventPerMeetingInLondonTime() {
    String feed = ICalendarFeed.write("Executive Commissioning Group, Suffolk", List.of(MEETING,
        new ICalendarFeed.Event("ECG-2010-07-15@childrens-trust.example", LocalDateTime.of(2010, 7, 15, 10, 0),
            LocalDateTime.of(2010, 7, 15, 12, 0), "ECG", null, null, null)),
        Instant.parse("2010-03-01T09:15:30Z"));

    assertThat(feed).endsWith("END:VCALENDAR\r\n");
    assertThat(feed.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    List<String> lines = Arrays.asList(feed.replace("\r\n ", "").split("\r\n"));
    assertThat(lines).startsWith("BEGIN:VCALENDAR")
        .contains("VERSION:2.0", "CALSCALE:GREGORIAN", "X-WR-CALNAME:Executive Commissioning Group\\, Suffolk",
            "UID:ECG-2010-03-11@childrens-trust.example", "DTSTAMP:20100301T091530Z",
            "DTSTART;TZID=Europe/London:20100311T140000", "DTEND;TZID=Europe/London:20100311T163000",
            "DTSTART;TZID=Europe/London:20100715T100000",
            "SUMMARY:Children's Trust Executive Commissioning Group",
            "LOCATION:Endeavour House\\, Rose Room\\; Ipswich",
            "DESCRIPTION:To plan and make commissioning recommendations for the Trust Board\\nAgenda: http://x/public/meetings/ECG-2010-03-11/agenda",
            "URL:http://x/public/meetings/ECG-2010-03-11/agenda",
            "BEGIN:VTIMEZONE", "TZID:Europe/London");
    assertThat(lines).anyMatch(l -> l.startsWith("PRODID:"));
    assertThat(lines.stream().filter("BEGIN:VEVENT"::equals)).hasSize(2);
    assertThat(lines.stream().filter("END:VEVENT"::equals)).hasSize(2);
    // the VTIMEZONE comes before the events that use it
    assertThat(lines.indexOf("END:VTIMEZONE")).isLessThan(lines.indexOf("BEGIN:VEVENT"));
  }

  /** The VTIMEZONE's two rules give the same changes as the Java time-zone database for Europe/London. */
  @Test
  void timeZoneRulesMatchEuropeLondon() {
    var rules = ZoneId.of("Europe/London").getRules();
    for (String component : List.of("DAYLIGHT", "STANDARD")) {
      List<String> lines = ICalendarFeed.VTIMEZONE.subList(ICalendarFeed.VTIMEZONE.indexOf("BEGIN:" + component),
          ICalendarFeed.VTIMEZONE.indexOf("END:" + component));
      LocalTime at = LocalDateTime.parse(value(lines, "DTSTART"), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toLocalTime();
      String rrule = value(lines, "RRULE");
      assertThat(rrule).startsWith("FREQ=YEARLY;").endsWith(";BYDAY=-1SU");
      int month = Integer.parseInt(rrule.replaceAll(".*BYMONTH=(\\d+).*", "$1"));
      ZoneOffset from = ZoneOffset.of(value(lines, "TZOFFSETFROM"));
      ZoneOffset to = ZoneOffset.of(value(lines, "TZOFFSETTO"));
      for (int year = 1997; year <= 2037; year++) {
        LocalDateTime local = LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY)).atTime(at);
        ZoneOffsetTransition transition = rules.nextTransition(local.minusDays(1).toInstant(ZoneOffset.UTC));
        assertThat(transition.getDateTimeBefore()).as("%s %d", component, year).isEqualTo(local);
        assertThat(transition.getOffsetBefore()).isEqualTo(from);
        assertThat(transition.getOffsetAfter()).isEqualTo(to);
      }
    }
  }

  private static String value(List<String> lines, String name) {
    return lines.stream().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow().substring(name.length() + 1);
  }
}
