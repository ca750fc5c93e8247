// Issue 12: a C++ library tests/programs/dlmcxx.c loads with dlmopen, into
// a namespace with its own libc, libstdc++ and libgcc_s: exceptions thrown
// and caught inside it (the unwinder finds its frames through
// _dl_find_object or dl_iterate_phdr of that namespace), and threads it
// starts through its own libc.
#include <cstdio>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>
static std::string last;
extern "C" int mcxx_run(int n) {
  int caught = 0;
  for (int i = 0; i < n; i++) {
    try {
      if (i % 2) throw std::runtime_error("odd " + std::to_string(i));
    } catch (const std::exception &e) {
      caught++;
      last = e.what();
    }
  }
  std::vector<std::thread> ts;
  int sums[4] = {0, 0, 0, 0};
  for (int t = 0; t < 4; t++)
    ts.emplace_back([&sums, t] {
      try {
        throw t;
      } catch (int v) {
        sums[t] = v + 1;
      }
    });
  for (auto &t : ts) t.join();
  std::printf("plugin: caught %d, last '%s', thread sums %d %d %d %d\n", caught, last.c_str(), sums[0], sums[1], sums[2], sums[3]);
  std::fflush(stdout);
  return caught;
}
