#pragma once

#include <memory>

namespace coursedesk {

// A value of T kept on the heap and shared until written (copy on write), so that a struct holding
// one stays small. Value semantics: copies compare equal by value; a default box reads as T{} and
// allocates nothing until the first write.
//
// Lesson uses it for its body (HTML, questions, last attempt): a whole-course pass reads only the
// outline fields, and at 100k lessons a 200-byte Lesson made that pass wait on memory.
template<typename T>
class CowBox final
{
public:
    CowBox() = default;
    CowBox(T value) : m_d(std::make_shared<T>(std::move(value))) {}

    const T &operator*() const { return m_d ? *m_d : empty(); }
    const T *operator->() const { return &**this; }
    // Writing access: detaches from any other copy first.
    T &operator*() { return edit(); }
    T *operator->() { return &edit(); }

    T &edit()
    {
        if (!m_d)
            m_d = std::make_shared<T>();
        else if (m_d.use_count() > 1)
            m_d = std::make_shared<T>(*m_d);
        return *m_d;
    }

    bool operator==(const CowBox &other) const { return m_d == other.m_d || **this == *other; }

private:
    static const T &empty()
    {
        static const T value{}; // immutable; never written through
        return value;
    }

    std::shared_ptr<T> m_d;
};

} // namespace coursedesk
