// The layer above model, which model/view.hpp must not include.
#pragma once
