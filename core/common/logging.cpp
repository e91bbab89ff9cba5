#include "logging.h"

Q_LOGGING_CATEGORY(lcText, "marsad.text", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCorpus, "marsad.corpus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "marsad.models", QtInfoMsg)
