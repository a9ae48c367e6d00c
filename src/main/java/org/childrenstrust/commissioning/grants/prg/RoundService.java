package org.childrenstrust.commissioning.grants.prg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childrenstrust.commissioning.grants.prg.PrgShares.PartnershipShare;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRound;
import org.childrenstrust.commissioning.grants.prg.domain.PrgRoundRepository;
import org.childrenstrust.commissioning.shared.calendar.BusinessClock;
import org.childrenstrust.commissioning.shared.calendar.WorkingDays;
import org.childrenstrust.commissioning.shared.errors.BusinessRuleViolation;
import org.childrenstrust.commissioning.shared.errors.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens Performance Reward Grant rounds with their shares, and finds them. */
@Service
@Transactional
class RoundService {

  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  private final PrgRoundRepository rounds;
  private final WorkingDays workingDays;

  RoundService(PrgRoundRepository rounds, WorkingDays workingDays) {
    this.rounds = rounds;
    this.workingDays = workingDays;
  }

  /** What a new round needs; null percentages take the defaults (50%, 10%, 20%). */
  record NewRound(String name, String financialYear, BigDecimal total, List<String> partnerships, LocalDate deadline,
      BigDecimal sspSharePercent, BigDecimal innovationFundPercent, BigDecimal variancePercent) {}

  PrgRound open(NewRound request, String openedBy) {
    if (request.name() == null || request.name().isBlank()) {
      throw new BusinessRuleViolation("Give the round a name, such as 'Performance Reward Grant 2009/10'.");
    }
    String year = financialYear(request.financialYear());
    List<String> names = partnershipNames(request.partnerships());
    PrgShares shares = PrgShares.of(request.total(), names.size(), request.sspSharePercent(),
        request.innovationFundPercent(), request.variancePercent());
    LocalDate deadline = SubmissionDeadline.require(request.deadline(), workingDays);
    String reference = "PRG-" + year.replace('/', '-');
    if (rounds.findByReference(reference).isPresent()) {
      throw BusinessRuleViolation.conflict("There is already a round for " + year + " (" + reference + "); its rules cannot change.");
    }
    PrgRound round = new PrgRound(reference, request.name().strip(), year,
        new PrgRound.Amounts(shares.total(), shares.sspSharePercent(), shares.innovationFundPercent(),
            shares.variancePercent(), shares.sspShare(), shares.lspShare(), shares.innovationFund()),
        deadline, openedBy, BusinessClock.today());
    for (int i = 0; i < names.size(); i++) {
      PartnershipShare share = shares.partnershipShares().get(i);
      round.invite(names.get(i), share.share(), share.less(), share.more());
    }
    return rounds.save(round);
  }

  @Transactional(readOnly = true)
  PrgRound round(String reference) {
    return rounds.findByReference(reference).orElseThrow(() -> new NotFound("There is no PRG round " + reference + "."));
  }

  @Transactional(readOnly = true)
  PrgRound round(Long id) {
    return rounds.findById(id).orElseThrow(() -> new NotFound("There is no PRG round with id " + id + "."));
  }

  @Transactional(readOnly = true)
  List<PrgRound> all() {
    return rounds.findAllByOrderByDeadlineDesc();
  }

  /** The shares a round's rules give, recomputed from what it froze. */
  static PrgShares sharesOf(PrgRound round) {
    return PrgShares.of(round.getTotal(), round.getPartnerships().size(), round.getSspSharePercent(),
        round.getInnovationFundPercent(), round.getVariancePercent());
  }

  private static String financialYear(String text) {
    Matcher matcher = text == null ? null : FINANCIAL_YEAR.matcher(text.strip());
    if (matcher == null || !matcher.matches()
        || (Integer.parseInt(matcher.group(1)) + 1) % 100 != Integer.parseInt(matcher.group(2))) {
      throw new BusinessRuleViolation("The financial year is written like 2009/10, not '" + text + "'.");
    }
    return text.strip();
  }

  private static List<String> partnershipNames(List<String> partnerships) {
    if (partnerships == null || partnerships.isEmpty()) {
      throw new BusinessRuleViolation("Name the delivery partnerships invited: a round shares the grant between one or more.");
    }
    Set<String> seen = new HashSet<>();
    for (String name : partnerships) {
      if (name == null || name.isBlank()) {
        throw new BusinessRuleViolation("Every delivery partnership needs a name.");
      }
      if (name.strip().length() > 200) {
        throw new BusinessRuleViolation("A delivery partnership's name has at most 200 characters.");
      }
      if (!seen.add(name.strip().toLowerCase())) {
        throw new BusinessRuleViolation("'" + name.strip() + "' is named twice: each delivery partnership gets one share.");
      }
    }
    return partnerships.stream().map(String::strip).toList();
  }
}
