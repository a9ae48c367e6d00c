package org.childrenstrust.commissioning.meetings.domain;

import java.time.LocalDateTime;

/** What is known of an item's uploaded paper, without its content. */
public record PaperSummary(Long itemId, int itemNumber, String fileName, String contentType, long size,
    String uploadedBy, LocalDateTime uploadedOn) {

  public PaperFormat format() {
    return PaperFormat.ofContentType(contentType);
  }
}
