package com.chenbao.alert;

import com.chenbao.alert.AnomalyMapper.AnomalyRow;
import com.chenbao.forms.Severity;
import com.chenbao.rounds.RoundAnomalies;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

@Service
class AnomalyQueryService implements AnomalyQuery, RoundAnomalies {

  private final AnomalyMapper anomalies;

  AnomalyQueryService(AnomalyMapper anomalies) {
    this.anomalies = anomalies;
  }

  @Override
  public List<AnomalyView> anomaliesOf(long roundId) {
    return anomalies.findCurrentOfRound(roundId, null).stream()
        .map(AnomalyQueryService::view)
        .toList();
  }

  @Override
  public List<AnomalyView> anomaliesOf(long roundId, String kind) {
    return anomalies.findCurrentOfRound(roundId, kind).stream()
        .map(AnomalyQueryService::view)
        .toList();
  }

  @Override
  public Map<String, Integer> countsByKind(long roundId) {
    return anomalies.findCurrentOfRound(roundId, null).stream()
        .collect(
            Collectors.groupingBy(AnomalyRow::kind, TreeMap::new, Collectors.summingInt(row -> 1)));
  }

  @Override
  public List<Finding> currentOf(long roundId) {
    return anomaliesOf(roundId).stream()
        .map(
            a ->
                new Finding(
                    a.id(),
                    a.subjectKind(),
                    a.subjectId(),
                    a.kind(),
                    a.severity(),
                    a.detail(),
                    a.detectedAt()))
        .toList();
  }

  private static AnomalyView view(AnomalyRow row) {
    return new AnomalyView(
        row.id(),
        row.roundId(),
        row.subjectKind(),
        row.subjectId(),
        row.kind(),
        Severity.valueOf(row.severity().toUpperCase(Locale.ROOT)),
        row.detail(),
        row.detectedAt());
  }
}
