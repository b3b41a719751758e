package com.chenbao.alert;

import org.springframework.stereotype.Service;

@Service
class AnomalyRetentionService implements AnomalyRetention {

  private final AnomalyRetentionMapper mapper;

  AnomalyRetentionService(AnomalyRetentionMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public int countOf(long roundId) {
    return mapper.countCurrent(roundId);
  }

  @Override
  public int purge(long roundId) {
    mapper.deleteEvaluations(roundId);
    return mapper.delete(roundId);
  }
}
