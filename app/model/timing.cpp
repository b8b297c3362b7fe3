#include "model/timing.h"

namespace Entente {

Q_LOGGING_CATEGORY(lcTiming, "entente.timing", QtWarningMsg)

} // namespace Entente
