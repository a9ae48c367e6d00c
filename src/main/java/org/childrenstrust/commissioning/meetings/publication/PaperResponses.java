package org.childrenstrust.commissioning.meetings.publication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** HTTP answers carrying a rendered meeting paper. */
final class PaperResponses {

  static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

  private PaperResponses() {}

  /** A PDF shown in the browser, saved as {@code fileName}. */
  static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .body(pdf);
  }

  /** An uploaded report, saved under its (already sanitised) file name. */
  static ResponseEntity<byte[]> download(MeetingPapers.ReportFile report) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(report.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, report.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .body(report.content());
  }

  static ResponseEntity<String> html(String html) {
    return ResponseEntity.ok().contentType(HTML).body(html);
  }
}
