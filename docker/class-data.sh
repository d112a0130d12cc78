#!/bin/sh
# Unpacks the application's jar into DIR and records in DIR/application.jsa the classes it loads while it starts
# (class data sharing, CDS). Started with -XX:SharedArchiveFile=DIR/application.jsa from DIR, the JVM maps those
# classes instead of loading them and the application starts in about half the time. The archive belongs to the JVM
# that wrote it and to the jars at these paths: write it where, and with the java that, the application runs.
# Used by the Dockerfile and by the benchmark.   Usage: class-data.sh JAR DIR JVM_OPTIONS
set -eu
jar=$(realpath "$1")
dir=$2
options=$(realpath "$3")
rm -rf "$dir"
java -Djarmode=tools -jar "$jar" extract --destination "$dir"
cd "$dir"
mv medborgarlofte-*.jar medborgarlofte.jar
# a training start on an in-memory database, stopped as soon as the context has started
java @"$options" -XX:ArchiveClassesAtExit=application.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
    -Dspring.context.exit=onRefresh -jar medborgarlofte.jar \
    --spring.profiles.active=demo --spring.datasource.url=jdbc:h2:mem:class-data --server.port=0 \
    --logging.level.root=WARN
