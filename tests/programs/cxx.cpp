// C++: exceptions (unwinding through libgcc_s, which finds FDEs with
// _dl_find_object), RTTI, iostream, std::string, thread_local.
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

thread_local std::string tl_name = "main";

static int thrower(int n) {
    if (n == 0) throw std::runtime_error("boom from depth");
    return thrower(n - 1) + 1;
}

int main() {
    try {
        thrower(5);
    } catch (const std::exception &e) {
        std::cout << "caught: " << e.what() << " (" << typeid(e).name() << ")\n";
    }
    std::vector<std::thread> ts;
    for (int i = 0; i < 4; i++)
        ts.emplace_back([i] {
            tl_name = "worker" + std::to_string(i);
            try { throw i; } catch (int v) { if (v != i) std::abort(); }
        });
    for (auto &t : ts) t.join();
    std::cout << "tl_name=" << tl_name << "\n";
    return 0;
}
