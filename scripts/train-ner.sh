#!/bin/sh
# Retrains the NER model bundled in the jar (docs/ner.md). Run from the project root after
# ./mvnw -B -q package -DskipTests. Training data: CLUENER2020 train.json only, never dev.json.
#   scripts/train-ner.sh [TRAIN] [MODEL] [train-ner options, e.g. --holdout 1000 --score DEV]
set -e
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
TRAIN="${1:-${ZHENGQI_DATASETS:-../shared/datasets}/cluener/train.json}"
MODEL="${2:-src/main/resources/ner/cluener.model.gz}"
[ $# -gt 0 ] && shift
[ $# -gt 0 ] && shift
exec "$JAVA" -Xmx4g -Dloader.main=com.zhengqi.graph.ner.TrainNer -cp target/zhengqi-graph.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher "$TRAIN" "$MODEL" "$@"
