#include "find/SearchResultsModel.h"

namespace coursedesk {

using namespace Qt::StringLiterals;

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setResults(const QList<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *SearchResultsModel::resultAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_results.size())
        return nullptr;
    return &m_results.at(index.row());
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString SearchResultsModel::snippetHtml(const SearchHit &hit)
{
    QString html = hit.snippet.toHtmlEscaped();
    html.replace(SearchIndex::MatchStart, u"<b>"_s).replace(SearchIndex::MatchEnd, u"</b>"_s);
    return html;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchResult *result = resultAt(index);
    if (!result)
        return {};
    const SearchHit &hit = result->hit;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList place{hit.courseName, hit.sectionName};
        place.removeAll(QString());
        QString text = hit.lessonName + u"\n"_s + place.join(u" › "_s);
        if (hit.removed)
            text += u" — "_s + tr("removed from the course");
        else if (result->locked)
            text += u" — "_s + tr("locked: %1").arg(result->lockReason);
        return QString(text + u"\n"_s + hit.plainSnippet());
    }
    case Qt::ToolTipRole:
        return snippetHtml(hit);
    case CourseIdRole:
        return hit.courseId;
    case LessonIdRole:
        return hit.lessonId;
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case LockReasonRole:
        return result->locked ? QVariant(result->lockReason) : QVariant();
    default:
        return {};
    }
}

} // namespace coursedesk
