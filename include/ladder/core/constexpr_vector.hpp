// ladder: engineering career frameworks in C++20. MIT licence, see LICENSE.
#pragma once

// The subset of std::vector the library needs, usable in constant expressions on every
// standard library in the matrix. libc++ 14 has no constexpr std::vector (it arrived in
// libc++ 15). Storage comes from new[]/delete[], which constant evaluation allows, rather
// than std::allocator: <memory> would add a tenth of a second to every includer's build.

#include <ladder/core/config.hpp>

#include <cstddef>
#include <initializer_list>
#include <utility>

LADDER_BEGIN_NAMESPACE

/// A growable contiguous array usable in constant expressions (allocations made during
/// constant evaluation must be freed before it ends). A contiguous range: use it with
/// std::span, range-for, or copy it into a std::vector. T must be default-constructible and
/// move-assignable: spare capacity holds default-constructed elements.
template <class T>
class constexpr_vector {
public:
    using value_type = T;
    using size_type = std::size_t;
    using iterator = T*;
    using const_iterator = const T*;
    using reference = T&;
    using const_reference = const T&;

    constexpr constexpr_vector() noexcept = default;
    constexpr explicit constexpr_vector(size_type n) {
        reserve(n);
        size_ = n;
    }
    constexpr constexpr_vector(std::initializer_list<T> values) : constexpr_vector(values.begin(), values.end()) {}
    // No <iterator> here: it drags in the iostream machinery, a cost every includer would pay.
    template <class It>
    constexpr constexpr_vector(It first, It last) {
        for (; first != last; ++first) push_back(*first);
    }
    constexpr constexpr_vector(const constexpr_vector& other) : constexpr_vector(other.begin(), other.end()) {}
    constexpr constexpr_vector(constexpr_vector&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    constexpr constexpr_vector& operator=(const constexpr_vector& other) {
        if (this != &other) {
            constexpr_vector copy(other);
            swap(copy);
        }
        return *this;
    }
    constexpr constexpr_vector& operator=(constexpr_vector&& other) noexcept {
        constexpr_vector taken(std::move(other));
        swap(taken);
        return *this;
    }
    constexpr ~constexpr_vector() { release(); }

    constexpr void swap(constexpr_vector& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
    }

    constexpr void reserve(size_type n) {
        if (n <= capacity_) return;
        T* fresh = new T[n]{};
        for (size_type i = 0; i != size_; ++i) fresh[i] = std::move(data_[i]);
        delete[] data_;
        data_ = fresh;
        capacity_ = n;
    }

    // Straight into place when there is room (no temporary: copying an element twice costs
    // the rule compiler a fifth of its time); `value` may refer into this vector when it grows.
    constexpr void push_back(const T& value) {
        if (size_ == capacity_) {
            emplace_back(value);
            return;
        }
        data_[size_++] = value;
    }
    constexpr void push_back(T&& value) {
        if (size_ == capacity_) {
            emplace_back(std::move(value));
            return;
        }
        data_[size_++] = std::move(value);
    }
    template <class... Args>
    constexpr T& emplace_back(Args&&... args) {
        T value(std::forward<Args>(args)...);  // before growing: args may refer into this vector
        if (size_ == capacity_) grow();
        data_[size_] = std::move(value);
        return data_[size_++];
    }

    /// Inserts before `pos`; returns an iterator to the new element.
    constexpr iterator insert(const_iterator pos, T value) {
        const auto at = static_cast<size_type>(pos - data_);
        if (size_ == capacity_) grow();
        for (size_type i = size_; i > at; --i) data_[i] = std::move(data_[i - 1]);
        data_[at] = std::move(value);
        ++size_;
        return data_ + at;
    }

    /// Removed elements are reset to T{} at once, so what they held is released.
    constexpr void pop_back() { data_[--size_] = T{}; }
    constexpr void clear() {
        while (size_ != 0) pop_back();
    }

    [[nodiscard]] constexpr size_type size() const noexcept { return size_; }
    [[nodiscard]] constexpr size_type capacity() const noexcept { return capacity_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] constexpr T* data() noexcept { return data_; }
    [[nodiscard]] constexpr const T* data() const noexcept { return data_; }
    [[nodiscard]] constexpr T& operator[](size_type i) noexcept { return data_[i]; }
    [[nodiscard]] constexpr const T& operator[](size_type i) const noexcept { return data_[i]; }
    [[nodiscard]] constexpr T& front() noexcept { return data_[0]; }
    [[nodiscard]] constexpr const T& front() const noexcept { return data_[0]; }
    [[nodiscard]] constexpr T& back() noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr const T& back() const noexcept { return data_[size_ - 1]; }
    [[nodiscard]] constexpr iterator begin() noexcept { return data_; }
    [[nodiscard]] constexpr iterator end() noexcept { return data_ + size_; }
    [[nodiscard]] constexpr const_iterator begin() const noexcept { return data_; }
    [[nodiscard]] constexpr const_iterator end() const noexcept { return data_ + size_; }

    friend constexpr bool operator==(const constexpr_vector& a, const constexpr_vector& b) {
        if (a.size_ != b.size_) return false;
        for (size_type i = 0; i != a.size_; ++i) {
            if (!(a.data_[i] == b.data_[i])) return false;
        }
        return true;
    }

private:
    constexpr void grow() { reserve(capacity_ == 0 ? 4 : capacity_ * 2); }
    constexpr void release() noexcept {
        delete[] data_;
        data_ = nullptr;
        size_ = 0;
        capacity_ = 0;
    }

    T* data_ = nullptr;
    size_type size_ = 0;
    size_type capacity_ = 0;
};

LADDER_END_NAMESPACE
