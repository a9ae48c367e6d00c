package org.childrenstrust.commissioning.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childrenstrust.commissioning.cycle.domain.Bid;
import org.childrenstrust.commissioning.cycle.domain.Budget;
import org.childrenstrust.commissioning.cycle.domain.Contract;
import org.childrenstrust.commissioning.cycle.domain.CycleRecord;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturn;
import org.childrenstrust.commissioning.cycle.domain.Procurement;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's procurement as an Open Contracting Data Standard 1.1 release package: planning (the
 * needs assessment and the budget), tender (procurementMethod from the standing orders' route,
 * with its rationale), awards, contracts and implementation (the monitoring returns' spend).
 */
@Component
@Transactional(readOnly = true)
class OcdsExport {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final CycleService cycles;
  private final CycleRepositories repos;
  private final String ocidPrefix;
  private final String publisher;
  private final String baseUrl;

  OcdsExport(CycleService cycles, CycleRepositories repos, @Value("${commissioning.cycle.ocid-prefix:ocds-ctjc00}") String ocidPrefix,
      @Value("${commissioning.cycle.publisher:Children's Trust}") String publisher,
      @Value("${commissioning.public-base-url:http://localhost:8080}") String baseUrl) {
    this.cycles = cycles;
    this.repos = repos;
    this.ocidPrefix = ocidPrefix;
    this.publisher = publisher;
    this.baseUrl = baseUrl;
  }

  /** OCDS's codelist for a standing orders' route. */
  static String procurementMethod(Procurement.Route route) {
    return switch (route) {
      case OPEN_TENDER -> "open";
      case RESTRICTED_TENDER -> "selective";
      case THREE_QUOTES, FRAMEWORK_CALL_OFF -> "limited";
      case ONE_QUOTE, GRANT_AGREEMENT, IN_HOUSE_SLA -> "direct";
    };
  }

  private static String instant(LocalDateTime time) {
    return time.atZone(BusinessClock.ZONE).withZoneSameInstant(ZoneOffset.UTC).format(INSTANT);
  }

  private static String dayStart(LocalDate day) {
    return instant(day.atStartOfDay());
  }

  private static Map<String, Object> money(BigDecimal amount) {
    return map("amount", amount, "currency", "GBP");
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        map.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return map;
  }

  private static String partyId(String name) {
    return "GB-CT-" + name.toUpperCase().replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  Map<String, Object> releasePackage(String reference) {
    CycleRecord cycle = cycles.cycle(reference);
    String now = instant(BusinessClock.now());
    String ocid = ocidPrefix + "-" + cycle.getReference();
    List<Map<String, Object>> parties = new ArrayList<>();
    Map<String, Object> buyer = map("id", partyId(publisher), "name", publisher);
    parties.add(map("id", buyer.get("id"), "name", publisher, "roles", List.of("buyer", "procuringEntity")));
    List<String> tags = new ArrayList<>(List.of("planning"));

    Map<String, Object> planning = map("rationale", cycle.getNeedsSummary());
    Budget budget = repos.budgets.findByCycle(cycle).orElse(null);
    if (budget != null) {
      planning.put("budget", map("id", cycle.getReference() + "-budget", "description", CycleRules.budgetText(budget),
          "amount", money(budget.getTotal()), "project", cycle.getServiceArea().getName()));
      if (budget.getArrangement() == Budget.Arrangement.POOLED) {
        budget.getContributions().forEach(c -> parties.add(map("id", partyId(c.getPartner()), "name", c.getPartner(), "roles", List.of("funder"))));
      }
    }
    Map<String, Object> release = map("ocid", ocid, "id", cycle.getReference() + "-" + cycle.getStage().name().toLowerCase(), "date", now,
        "tag", tags, "initiationType", "tender", "parties", parties, "buyer", buyer, "planning", planning,
        "language", "en");

    Procurement procurement = repos.procurements.findByCycle(cycle).orElse(null);
    if (procurement != null) {
      tags.add("tender");
      List<Bid> bids = repos.bids.findByProcurementOrderById(procurement);
      List<Map<String, Object>> tenderers = new ArrayList<>();
      bids.stream().map(Bid::getProvider).distinct().forEach(provider -> {
        tenderers.add(map("id", partyId(provider), "name", provider));
        parties.add(map("id", partyId(provider), "name", provider, "roles", new ArrayList<>(List.of("tenderer"))));
      });
      release.put("tender", map("id", cycle.getReference() + "-tender", "title", cycle.getServiceArea().getName(),
          "description", repos.intentions.findByCycle(cycle).stream().map(i -> i.getIntention()).reduce((a, b) -> a + "; " + b).orElse(null),
          "status", procurement.getStatus() == Procurement.Status.AWARDED ? "complete" : "active",
          "procurementMethod", procurementMethod(procurement.getRoute()),
          "procurementMethodDetails", procurement.getRoute().name().toLowerCase().replace('_', ' '),
          "procurementMethodRationale", procurement.getRouteRationale(), "value", money(procurement.getEstimatedValue()),
          "tenderers", tenderers.isEmpty() ? null : tenderers, "numberOfTenderers", tenderers.isEmpty() ? null : tenderers.size()));
    }

    List<Contract> contracts = repos.contracts.findByCycle(cycle);
    if (!contracts.isEmpty()) {
      tags.add("award");
      tags.add("contract");
      List<Map<String, Object>> awards = new ArrayList<>();
      List<Map<String, Object>> ocdsContracts = new ArrayList<>();
      for (Contract contract : contracts) {
        String supplier = partyId(contract.getProvider());
        parties.stream().filter(p -> supplier.equals(p.get("id"))).findFirst().ifPresentOrElse(
            p -> ((List<String>) p.get("roles")).add("supplier"),
            () -> parties.add(map("id", supplier, "name", contract.getProvider(), "roles", List.of("supplier"))));
        awards.add(map("id", contract.getReference() + "-award", "status", "active", "date", dayStart(contract.getStartsOn()),
            "value", money(contract.getContractValue()), "suppliers", List.of(map("id", supplier, "name", contract.getProvider()))));
        List<Map<String, Object>> transactions = new ArrayList<>();
        BigDecimal before = BigDecimal.ZERO.setScale(2);
        for (MonitoringReturn r : repos.returns.findByContractOrderByQuarterEnd(contract)) {
          if (r.getSubmittedAt() == null) {
            continue;
          }
          transactions.add(map("id", contract.getReference() + "-" + r.getQuarterEnd(), "source", baseUrl + "/cycles",
              "date", dayStart(r.getQuarterEnd()), "value", money(r.getSpendToDate().subtract(before)),
              "payer", map("id", buyer.get("id"), "name", publisher), "payee", map("id", supplier, "name", contract.getProvider())));
          before = r.getSpendToDate();
        }
        Map<String, Object> ocdsContract = map("id", contract.getReference(), "awardID", contract.getReference() + "-award",
            "status", contract.getStatus() == Contract.Status.LIVE ? "active" : "terminated",
            "period", map("startDate", dayStart(contract.getStartsOn()), "endDate", dayStart(contract.getEndsOn())),
            "value", money(contract.getContractValue()));
        if (!transactions.isEmpty()) {
          ocdsContract.put("implementation", map("transactions", transactions));
          if (!tags.contains("implementation")) {
            tags.add("implementation");
          }
        }
        ocdsContracts.add(ocdsContract);
      }
      release.put("awards", awards);
      release.put("contracts", ocdsContracts);
    }
    return map("uri", baseUrl + "/api/cycles/" + cycle.getReference() + "/ocds", "version", "1.1", "publishedDate", now,
        "publisher", map("name", publisher), "releases", List.of(release));
  }
}
