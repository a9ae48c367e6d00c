package org.childrenstrust.commissioning.cycle;

import org.childrenstrust.commissioning.cycle.domain.BidRepository;
import org.childrenstrust.commissioning.cycle.domain.BudgetRepository;
import org.childrenstrust.commissioning.cycle.domain.CommissioningIntentionRepository;
import org.childrenstrust.commissioning.cycle.domain.ContractRepository;
import org.childrenstrust.commissioning.cycle.domain.CycleRecordRepository;
import org.childrenstrust.commissioning.cycle.domain.DeclarationOfInterestRepository;
import org.childrenstrust.commissioning.cycle.domain.DecommissioningPlanRepository;
import org.childrenstrust.commissioning.cycle.domain.EvidenceRepository;
import org.childrenstrust.commissioning.cycle.domain.InvolvementRecordRepository;
import org.childrenstrust.commissioning.cycle.domain.MonitoringReturnRepository;
import org.childrenstrust.commissioning.cycle.domain.OptionAppraisalRepository;
import org.childrenstrust.commissioning.cycle.domain.ProcurementRepository;
import org.childrenstrust.commissioning.cycle.domain.SafeguardingCheckRepository;
import org.childrenstrust.commissioning.cycle.domain.ServiceAreaRepository;
import org.childrenstrust.commissioning.cycle.domain.ServiceReviewRepository;
import org.springframework.stereotype.Component;

/** The cycle's repositories in one place, for the service and for what the forms, pages and exports read. */
@Component
class CycleRepositories {

  final ServiceAreaRepository areas;
  final CycleRecordRepository cycles;
  final EvidenceRepository evidence;
  final InvolvementRecordRepository involvement;
  final OptionAppraisalRepository options;
  final CommissioningIntentionRepository intentions;
  final BudgetRepository budgets;
  final DeclarationOfInterestRepository declarations;
  final ProcurementRepository procurements;
  final BidRepository bids;
  final SafeguardingCheckRepository safeguardingChecks;
  final ContractRepository contracts;
  final MonitoringReturnRepository returns;
  final ServiceReviewRepository reviews;
  final DecommissioningPlanRepository decommissioningPlans;

  CycleRepositories(ServiceAreaRepository areas, CycleRecordRepository cycles, EvidenceRepository evidence,
      InvolvementRecordRepository involvement, OptionAppraisalRepository options, CommissioningIntentionRepository intentions,
      BudgetRepository budgets, DeclarationOfInterestRepository declarations, ProcurementRepository procurements, BidRepository bids,
      SafeguardingCheckRepository safeguardingChecks, ContractRepository contracts, MonitoringReturnRepository returns,
      ServiceReviewRepository reviews, DecommissioningPlanRepository decommissioningPlans) {
    this.areas = areas;
    this.cycles = cycles;
    this.evidence = evidence;
    this.involvement = involvement;
    this.options = options;
    this.intentions = intentions;
    this.budgets = budgets;
    this.declarations = declarations;
    this.procurements = procurements;
    this.bids = bids;
    this.safeguardingChecks = safeguardingChecks;
    this.contracts = contracts;
    this.returns = returns;
    this.reviews = reviews;
    this.decommissioningPlans = decommissioningPlans;
  }
}
