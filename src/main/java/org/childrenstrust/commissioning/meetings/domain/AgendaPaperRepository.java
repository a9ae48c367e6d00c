package org.childrenstrust.commissioning.meetings.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AgendaPaperRepository extends JpaRepository<AgendaPaper, Long> {

  Optional<AgendaPaper> findByAgendaItem(AgendaItem item);

  @Query("""
      select new org.childrenstrust.commissioning.meetings.domain.PaperSummary(
        i.id, i.number, p.fileName, p.contentType, p.size, p.uploadedBy, p.uploadedOn)
      from AgendaPaper p join p.agendaItem i where i.meeting = :meeting""")
  List<PaperSummary> summariesOf(Meeting meeting);

  /** The papers of the meeting's items, content included (for the agenda pack). */
  @Query("select p from AgendaPaper p join fetch p.agendaItem i where i.meeting = :meeting")
  List<AgendaPaper> papersOf(Meeting meeting);

  @Modifying(flushAutomatically = true)
  @Query("delete from AgendaPaper p where p.agendaItem = :item")
  int deleteByItem(AgendaItem item);
}
