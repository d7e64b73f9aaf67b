#!/bin/sh
# Scores and times the bundled NER model (docs/ner.md). Run from the project root after
# ./mvnw -B -q package -DskipTests; the datasets are looked for in $ZHENGQI_DATASETS, else ../shared/datasets.
#   scripts/ner-benchmark.sh [--cluener FILE] [--resume FILE] [--rounds N]
set -e
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
exec "$JAVA" -Dloader.main=com.zhengqi.graph.ner.NerBenchmark -cp target/zhengqi-graph.jar \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
