package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryLedger;
import com.chenbao.messaging.OutboundMessage;
import com.chenbao.rounds.RoundPeople;
import com.chenbao.rounds.RoundPeople.GuardianChild;
import com.chenbao.rounds.RoundPeople.StaffSubject;
import com.chenbao.rounds.RoundTimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The push and the reminders: one 1:1 delivery per guardian (never per child) and one per staff
 * member, each its own row (exactly once, retried per recipient), but the same words for every
 * guardian and for every staff member, so the ledger packs 20 recipients into one DingTalk call. A
 * reminder goes only to those with a child (or themselves) still unanswered; once either guardian
 * answered for a child, neither is chased for it. Who is missing is said in the replies
 * (docs/quota.md).
 */
@Component
class PromptSteps {

  static final String PROMPT = "prompt";
  static final String REMIND = "remind";

  private final RoundPeople people;
  private final RoundMessages messages;
  private final DeliveryLedger ledger;

  PromptSteps(RoundPeople people, RoundMessages messages, DeliveryLedger ledger) {
    this.people = people;
    this.messages = messages;
    this.ledger = ledger;
  }

  SendCounts push(RoundContext round) {
    List<Outgoing> outgoing =
        outgoing(round, false, PROMPT, "1", messages::guardianPrompt, messages::staffPrompt);
    return SendCounts.of(
        ledger.send(Outgoing.deliveries(round.school().id(), round.roundId(), PROMPT, outgoing)));
  }

  /**
   * @param slot which remind of the day this is (see {@link RoundTimes#remindSlot}); part of the
   *     delivery key
   */
  SendCounts remind(RoundContext round, int slot) {
    List<Outgoing> outgoing =
        outgoing(
            round,
            true,
            REMIND,
            String.valueOf(slot),
            messages::guardianReminder,
            messages::staffReminder);
    return SendCounts.of(
        ledger.send(Outgoing.deliveries(round.school().id(), round.roundId(), REMIND, outgoing)));
  }

  private List<Outgoing> outgoing(
      RoundContext round,
      boolean onlyUnanswered,
      String kind,
      String attempt,
      Function<RoundContext, OutboundMessage> guardianMessage,
      Function<RoundContext, OutboundMessage> staffMessage) {
    long roundId = round.roundId();
    Map<Long, List<GuardianChild>> byGuardian = new LinkedHashMap<>();
    for (GuardianChild row : people.findGuardianChildren(roundId, onlyUnanswered)) {
      byGuardian.computeIfAbsent(row.guardianId(), id -> new ArrayList<>()).add(row);
    }
    List<Outgoing> outgoing = new ArrayList<>();
    OutboundMessage toGuardians = guardianMessage.apply(round);
    OutboundMessage toStaff = staffMessage.apply(round);
    byGuardian.forEach(
        (guardianId, children) ->
            outgoing.add(
                new Outgoing(
                    Outgoing.key(roundId, "guardian", guardianId, kind, attempt),
                    "guardian",
                    guardianId,
                    children.get(0).guardianUserId(),
                    toGuardians)));
    for (StaffSubject staff : people.findStaff(roundId, onlyUnanswered)) {
      outgoing.add(
          new Outgoing(
              Outgoing.key(roundId, "staff", staff.staffId(), kind, attempt),
              "staff",
              staff.staffId(),
              staff.userId(),
              toStaff));
    }
    return outgoing;
  }
}
