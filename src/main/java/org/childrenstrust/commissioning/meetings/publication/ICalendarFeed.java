package org.childrenstrust.commissioning.meetings.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar (RFC 5545) feed of meetings, written by hand: times are local to Europe/London
 * (TZID, with its VTIMEZONE), text values escaped (§3.3.11), lines folded at 75 octets (§3.1) and
 * ended by CRLF.
 */
public final class ICalendarFeed {

  public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";
  static final String TZID = "Europe/London";
  static final String CRLF = "\r\n";
  private static final int MAX_OCTETS = 75;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  /**
   * UK civil time since 1996 (EU rules): BST from 01:00 GMT on the last Sunday of March, GMT from
   * 01:00 GMT (02:00 BST) on the last Sunday of October.
   */
  static final List<String> VTIMEZONE = List.of(
      "BEGIN:VTIMEZONE",
      "TZID:" + TZID,
      "X-LIC-LOCATION:" + TZID,
      "BEGIN:DAYLIGHT",
      "TZOFFSETFROM:+0000",
      "TZOFFSETTO:+0100",
      "TZNAME:BST",
      "DTSTART:19810329T010000",
      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
      "END:DAYLIGHT",
      "BEGIN:STANDARD",
      "TZOFFSETFROM:+0100",
      "TZOFFSETTO:+0000",
      "TZNAME:GMT",
      "DTSTART:19961027T020000",
      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
      "END:STANDARD",
      "END:VTIMEZONE");

  /**
   * A meeting as a calendar event; start and end are wall-clock times in London.
   *
   * @param url the public agenda, or null while it is not published
   */
  public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
      String description, String url) {}

  private ICalendarFeed() {}

  /** The whole calendar; {@code stamp} is when the feed was generated (DTSTAMP, in UTC). */
  public static String write(String calendarName, List<Event> events, Instant stamp) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "PRODID:-//Children's Trust//Joint commissioning meetings//EN");
    line(out, "VERSION:2.0");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "X-WR-CALNAME:" + escape(calendarName));
    line(out, "X-WR-TIMEZONE:" + TZID);
    VTIMEZONE.forEach(l -> line(out, l));
    String dtstamp = stamp.atOffset(ZoneOffset.UTC).format(LOCAL) + "Z";
    for (Event event : events) {
      line(out, "BEGIN:VEVENT");
      line(out, "UID:" + event.uid());
      line(out, "DTSTAMP:" + dtstamp);
      line(out, "DTSTART;TZID=" + TZID + ":" + event.start().format(LOCAL));
      line(out, "DTEND;TZID=" + TZID + ":" + event.end().format(LOCAL));
      line(out, "SUMMARY:" + escape(event.summary()));
      if (event.location() != null) {
        line(out, "LOCATION:" + escape(event.location()));
      }
      if (event.description() != null) {
        line(out, "DESCRIPTION:" + escape(event.description()));
      }
      if (event.url() != null) {
        line(out, "URL:" + event.url());
      }
      line(out, "END:VEVENT");
    }
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** A TEXT value: backslash, semicolon and comma escaped, line breaks as {@code \n}. */
  static String escape(String text) {
    return text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n");
  }

  /**
   * One content line, folded so that no physical line is longer than 75 octets of UTF-8 (CRLF not
   * counted): continuation lines start with a space, and a character is never split.
   */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + size > MAX_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String contentLine) {
    out.append(fold(contentLine)).append(CRLF);
  }
}
