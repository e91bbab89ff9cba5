// One logging category per module, switched on with QT_LOGGING_RULES
// (e.g. QT_LOGGING_RULES="marsad.corpus.debug=true").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcText)
Q_DECLARE_LOGGING_CATEGORY(lcCorpus)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
