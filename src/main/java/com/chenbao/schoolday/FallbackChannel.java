package com.chenbao.schoolday;

import com.chenbao.delivery.DeliveryReport;
import com.chenbao.rounds.RoundView;
import java.util.Optional;

/**
 * Another way to reach guardians the robot's 1:1 chat cannot (docs/fallback.md), implemented by the
 * fallback module: the push step calls it once its prompts are out, and the class teacher's list
 * carries its links.
 */
public interface FallbackChannel {

  /** Reaches the round's guardians DingTalk refused the prompt to (a work notification each). */
  DeliveryReport afterPush(RoundView round);

  /** The guardian's personal link to the web form of the round, if links are on. */
  Optional<String> linkFor(RoundView round, long guardianId);
}
