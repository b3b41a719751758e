package com.chenbao.rounds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RoundRetentionService implements RoundRetention {

  private final RoundRetentionMapper mapper;

  RoundRetentionService(RoundRetentionMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public List<RoundDay> roundsWithAnswersBefore(LocalDate cutoff) {
    return mapper.roundsWithAnswersBefore(cutoff);
  }

  @Override
  @Transactional
  public int purgeAnswers(long roundId) {
    return mapper.deleteRevisions(roundId) + mapper.deleteAnswers(roundId);
  }
}
