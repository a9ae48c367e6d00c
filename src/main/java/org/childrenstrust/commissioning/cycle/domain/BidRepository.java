package org.childrenstrust.commissioning.cycle.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BidRepository extends JpaRepository<Bid, Long> {
  List<Bid> findByProcurementOrderById(Procurement procurement);
  void deleteByProcurement(Procurement procurement);
}
