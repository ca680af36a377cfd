#pragma once

#include "capture/annotate/annotationexporter.h"

#include <QSize>
#include <memory>

namespace tierdesk {

class AnnotationDocument;

// A screenshot-like document for benchmarks and tests: a desktop with windows and lines of text, and items
// of every type spread over it (arrows, boxes, pen strokes, texts, step markers, redactions, pixelations).
class SampleDocument
{
public:
    static std::unique_ptr<AnnotationDocument> create(const QSize &size = QSize(3840, 2160),
                                                      int itemCount = 20);
    // For `tierdesk-bench capture` (export_4k_ms): time exportTo(*document, path) of a document from
    // create(), e.g. with caption and time stamp on, into a fresh directory.
    static AnnotationExporter::Options benchmarkOptions();
};

} // namespace tierdesk
