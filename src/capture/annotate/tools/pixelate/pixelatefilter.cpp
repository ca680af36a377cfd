#include "capture/annotate/tools/pixelate/pixelatefilter.h"

#include <QPainter>
#include <QRandomGenerator>
#include <array>
#include <vector>

namespace tierdesk {

namespace {
using Rgb = std::array<double, 3>;

std::vector<Rgb> blurBlocks(const std::vector<Rgb> &blocks, int columns, int rows)
{
    std::vector<Rgb> result(blocks.size());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            Rgb sum{0, 0, 0};
            int count = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int r = row + dy, c = column + dx;
                    if (r < 0 || r >= rows || c < 0 || c >= columns)
                        continue;
                    const Rgb &b = blocks[size_t(r) * columns + c];
                    sum[0] += b[0];
                    sum[1] += b[1];
                    sum[2] += b[2];
                    ++count;
                }
            }
            result[size_t(row) * columns + column] = {sum[0] / count, sum[1] / count, sum[2] / count};
        }
    }
    return result;
}

int noisyLevel(double value, QRandomGenerator *random)
{
    const double noisy =
        value + random->bounded(-PixelateFilter::NoiseAmplitude, PixelateFilter::NoiseAmplitude + 1);
    const int step = PixelateFilter::QuantisationStep;
    return qBound(0, qRound(noisy / step) * step, 255);
}
} // namespace

int PixelateFilter::blockSizeFor(qreal lineWidth)
{
    return qMax(MinimumBlockSize, qRound(lineWidth * 3));
}

QImage PixelateFilter::pixelate(const QImage &source, const QRect &area, int blockSize)
{
    const QRect clipped = area.intersected(source.rect());
    if (clipped.isEmpty())
        return {};
    blockSize = qMax(MinimumBlockSize, blockSize);
    const QImage pixels = source.copy(clipped).convertToFormat(QImage::Format_RGB32);
    const int width = pixels.width(), height = pixels.height();
    const int columns = (width + blockSize - 1) / blockSize;
    const int rows = (height + blockSize - 1) / blockSize;

    std::vector<Rgb> blocks(size_t(columns) * rows, Rgb{0, 0, 0});
    std::vector<int> counts(blocks.size(), 0);
    for (int y = 0; y < height; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        const size_t rowBase = size_t(y / blockSize) * columns;
        for (int x = 0; x < width; ++x) {
            Rgb &b = blocks[rowBase + x / blockSize];
            b[0] += qRed(line[x]);
            b[1] += qGreen(line[x]);
            b[2] += qBlue(line[x]);
            ++counts[rowBase + x / blockSize];
        }
    }
    for (size_t i = 0; i < blocks.size(); ++i) {
        for (double &channel : blocks[i])
            channel /= counts[i];
    }
    blocks = blurBlocks(blurBlocks(blocks, columns, rows), columns, rows);

    QRandomGenerator *random = QRandomGenerator::system();
    QImage result(width, height, QImage::Format_RGB32);
    QPainter painter(&result);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const Rgb &b = blocks[size_t(row) * columns + column];
            const QColor colour(noisyLevel(b[0], random), noisyLevel(b[1], random), noisyLevel(b[2], random));
            painter.fillRect(column * blockSize, row * blockSize, blockSize, blockSize, colour);
        }
    }
    return result;
}

void PixelateFilter::apply(QImage &image, const QRect &area, int blockSize)
{
    const QRect clipped = area.intersected(image.rect());
    const QImage blocks = pixelate(image, clipped, blockSize);
    if (blocks.isNull())
        return;
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(clipped.topLeft(), blocks);
}

} // namespace tierdesk
